#include "account/autoconfig/GuessProber.h"

#include "account/autoconfig/ServerProbe.h"

#include <QTimer>

namespace Kestrel {

GuessProber::GuessProber(GuessCandidates candidates, QList<QSslCertificate> extraCaCertificates, int timeoutMs,
                         QObject *parent)
    : DiscoveryStep(parent)
    , m_candidates(std::move(candidates))
    , m_extraCa(std::move(extraCaCertificates))
    , m_timeoutMs(timeoutMs)
{
}

void GuessProber::start(const QString &emailAddress)
{
    m_emailAddress = emailAddress;
    for (const ServerEndpoint &endpoint : std::as_const(m_candidates.imap))
        m_attempts.append({endpoint, true, std::nullopt});
    for (const ServerEndpoint &endpoint : std::as_const(m_candidates.smtp))
        m_attempts.append({endpoint, false, std::nullopt});
    for (int i = 0; i < m_attempts.size(); ++i) {
        auto *probe = new ServerProbe(m_attempts[i].imap ? ServerProbe::Protocol::Imap : ServerProbe::Protocol::Smtp,
                                      m_attempts[i].endpoint, m_extraCa, m_timeoutMs, this);
        connect(probe, &ServerProbe::finished, this,
                [this, i](const std::optional<Error> &error) { onProbeFinished(i, error); });
        m_probes.append(probe);
        probe->start();
    }
    QTimer::singleShot(0, this, &GuessProber::finishIfDecided); // no candidates at all
}

void GuessProber::onProbeFinished(int index, const std::optional<Error> &error)
{
    m_attempts[index].succeeded = !error.has_value();
    finishIfDecided();
}

std::optional<std::optional<DiscoveredServer>> GuessProber::decide(bool imap) const
{
    for (const Attempt &attempt : m_attempts) {
        if (attempt.imap != imap)
            continue;
        if (!attempt.succeeded)
            return std::nullopt; // a preferred candidate may still answer
        if (*attempt.succeeded)
            return std::make_optional(std::optional<DiscoveredServer>(
                DiscoveredServer{attempt.endpoint, m_emailAddress, DiscoverySource::Guess}));
    }
    return std::make_optional(std::optional<DiscoveredServer>()); // decided: none of them
}

void GuessProber::finishIfDecided()
{
    if (m_finished)
        return;
    const auto imap = decide(true);
    const auto smtp = decide(false);
    if (!imap || !smtp)
        return;
    m_finished = true;
    for (ServerProbe *probe : std::as_const(m_probes))
        probe->deleteLater(); // the slower, less preferred ones are no longer needed
    m_probes.clear();
    emit finished({*imap, *smtp});
}

} // namespace Kestrel

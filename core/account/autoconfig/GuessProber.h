#pragma once

#include "account/autoconfig/DiscoveryOptions.h"
#include "account/autoconfig/DiscoveryStep.h"
#include "common/Error.h"

#include <optional>

namespace Kestrel {

class ServerProbe;

// The last resort: probes the usual host names and ports live (imap.DOMAIN, mail.DOMAIN, smtp.DOMAIN ...),
// every candidate at once with a short timeout, and takes for each side the most preferred candidate that
// greeted — deciding as soon as every candidate before it has failed, not when the slowest ends.
class GuessProber : public DiscoveryStep
{
    Q_OBJECT
public:
    GuessProber(GuessCandidates candidates, QList<QSslCertificate> extraCaCertificates, int timeoutMs,
                QObject *parent = nullptr);

    void start(const QString &emailAddress) override;

private:
    struct Attempt {
        ServerEndpoint endpoint;
        bool imap = true;
        std::optional<bool> succeeded; // nullopt while probing
    };
    void onProbeFinished(int index, const std::optional<Error> &error);
    // For one side: decided = no earlier candidate still running; nullopt inside means none greeted.
    std::optional<std::optional<DiscoveredServer>> decide(bool imap) const;
    void finishIfDecided();

    GuessCandidates m_candidates;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs;
    QString m_emailAddress;
    QList<Attempt> m_attempts;
    QList<ServerProbe *> m_probes;
    bool m_finished = false;
};

} // namespace Kestrel

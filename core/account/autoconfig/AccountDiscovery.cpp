#include "account/autoconfig/AccountDiscovery.h"

#include "account/autoconfig/AutoconfigFetcher.h"
#include "account/autoconfig/DnsSrvResolver.h"
#include "account/autoconfig/GuessProber.h"
#include "account/autoconfig/ProviderPresets.h"
#include "account/autoconfig/SrvDiscovery.h"

#include <QTimer>

namespace Kestrel {

AccountDiscovery::AccountDiscovery(DiscoveryOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (!m_options.autoconfigUrls)
        m_options.autoconfigUrls = &DiscoveryOptions::standardAutoconfigUrls;
    if (!m_options.srvResolver)
        m_options.srvResolver = std::make_shared<DnsSrvResolver>();
    if (!m_options.guesses)
        m_options.guesses = &DiscoveryOptions::standardGuesses;
}

AccountDiscovery::~AccountDiscovery()
{
    cancel();
}

void AccountDiscovery::start(const QString &emailAddress)
{
    cancel();
    const QString address = emailAddress.trimmed();
    const QString domain = address.section(QLatin1Char('@'), -1).toLower();
    m_running = true;
    if (const std::optional<DiscoveredServers> preset = ProviderPresets::find(address)) {
        QTimer::singleShot(0, this, [this, found = *preset] { finish(found); });
        return;
    }
    if (!address.contains(QLatin1Char('@')) || domain.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish({}); });
        return;
    }
    m_steps = {new AutoconfigFetcher(m_options.autoconfigUrls(domain, address), m_options.extraCaCertificates,
                                     m_options.httpTimeoutMs, this),
               new SrvDiscovery(m_options.srvResolver, this),
               new GuessProber(m_options.guesses(domain), m_options.extraCaCertificates, m_options.probeTimeoutMs,
                               this)};
    for (int i = 0; i < int(m_steps.size()); ++i) {
        connect(m_steps[i], &DiscoveryStep::finished, this,
                [this, i](const DiscoveredServers &found) { onStepFinished(i, found); });
    }
    for (DiscoveryStep *step : m_steps)
        step->start(address);
}

void AccountDiscovery::cancel()
{
    m_running = false;
    for (DiscoveryStep *&step : m_steps) {
        if (step) {
            step->disconnect(this);
            step->deleteLater();
            step = nullptr;
        }
    }
    m_answers = {};
}

void AccountDiscovery::onStepFinished(int step, const DiscoveredServers &found)
{
    m_answers[step] = found;
    finishIfDecided();
}

std::optional<std::optional<DiscoveredServer>> AccountDiscovery::decide(bool imap) const
{
    for (const std::optional<DiscoveredServers> &answer : m_answers) {
        if (!answer)
            return std::nullopt;
        const std::optional<DiscoveredServer> &side = imap ? answer->imap : answer->smtp;
        if (side)
            return std::make_optional(side);
    }
    return std::make_optional(std::optional<DiscoveredServer>()); // every source answered: nothing
}

void AccountDiscovery::finishIfDecided()
{
    const auto imap = decide(true);
    const auto smtp = decide(false);
    if (imap && smtp)
        finish({*imap, *smtp});
}

void AccountDiscovery::finish(const DiscoveredServers &found)
{
    if (!m_running)
        return;
    cancel(); // the less preferred sources still running are not needed any more
    emit finished(found);
}

} // namespace Kestrel

#pragma once

#include "account/autoconfig/DiscoveredServers.h"
#include "account/autoconfig/DiscoveryOptions.h"

#include <QObject>

#include <array>
#include <optional>

namespace Kestrel {

class DiscoveryStep;

// Finds the IMAP and SMTP servers for an address, in the order of preference of issue 7: built-in
// presets (answered at once, no network), then the provider's autoconfig XML, then RFC 6186 SRV
// records, then live-probed guesses. The last three run at the same time; for each side (IMAP, SMTP)
// the most preferred source that has an answer wins as soon as every preferred source before it has
// finished empty. Never blocks: finished() comes once, from the event loop, possibly with nothing
// found (the wizard's manual mode then starts empty).
//
//     auto *discovery = new AccountDiscovery({}, this);
//     connect(discovery, &AccountDiscovery::finished, this, ...);
//     discovery->start(QStringLiteral("me@example.org"));
class AccountDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit AccountDiscovery(DiscoveryOptions options = {}, QObject *parent = nullptr);
    ~AccountDiscovery() override;

    void start(const QString &emailAddress);
    void cancel(); // stops every lookup and probe; finished() is not emitted

signals:
    void finished(const Kestrel::DiscoveredServers &found);

private:
    void onStepFinished(int step, const DiscoveredServers &found);
    void finishIfDecided();
    // nullopt: a more preferred source is still working; otherwise its (possibly empty) choice.
    std::optional<std::optional<DiscoveredServer>> decide(bool imap) const;
    void finish(const DiscoveredServers &found);

    DiscoveryOptions m_options;
    // Autoconfig, SRV, guesses: the steps and their answers (nullopt while running).
    std::array<DiscoveryStep *, 3> m_steps{};
    std::array<std::optional<DiscoveredServers>, 3> m_answers;
    bool m_running = false;
};

} // namespace Kestrel

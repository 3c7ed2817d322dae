#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

struct CapabilityResult : CommandResult {
    QList<QByteArray> capabilities;
};

// CAPABILITY (RFC 3501 6.1.1). The session updates its cache from every CAPABILITY response; this
// command also reports the list. As a barrier (the session's own first request) nothing else
// starts before the capabilities are known.
class CapabilityCommand : public TypedCommand<CapabilityResult>
{
public:
    explicit CapabilityCommand(bool barrier = false)
        : m_barrier(barrier)
    {
    }

    QByteArray name() const override { return QByteArrayLiteral("CAPABILITY"); }
    Pipelining pipelining() const override { return m_barrier ? Pipelining::Barrier : Pipelining::Independent; }
    QByteArray exclusiveKey() const override { return name(); }
    bool allowedIn(SessionState state) const override { return isConnectedState(state); }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

private:
    bool m_barrier;
};

} // namespace Kestrel::Imap

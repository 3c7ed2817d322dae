#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

// LOGOUT (RFC 3501 6.1.3): the server answers "* BYE" and the tagged OK, then closes. A connection
// that drops after the BYE still counts as a clean logout.
class LogoutCommand : public TypedCommand<CommandResult>
{
public:
    QByteArray name() const override { return QByteArrayLiteral("LOGOUT"); }
    Pipelining pipelining() const override { return Pipelining::Barrier; }
    bool allowedIn(SessionState state) const override { return isConnectedState(state); }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;
    void connectionLost(const Error &error) override;

private:
    bool m_byeReceived = false;
};

} // namespace Kestrel::Imap

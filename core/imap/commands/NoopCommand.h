#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

// NOOP (RFC 3501 6.1.2) and CHECK (RFC 3501 6.4.1): nothing but a chance for the server to send
// updates, which reach SelectedMailboxState. The poll of IdleManager when IDLE is missing.
class NoopCommand : public TypedCommand<CommandResult>
{
public:
    enum class Kind { Noop, Check };

    explicit NoopCommand(Kind kind = Kind::Noop)
        : m_kind(kind)
    {
    }

    QByteArray name() const override;
    bool allowedIn(SessionState state) const override;
    void start(CommandContext &context) override;

private:
    Kind m_kind;
};

} // namespace Kestrel::Imap

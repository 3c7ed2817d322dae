#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

// CLOSE (RFC 3501 6.4.2: also silently expunges \Deleted messages) and UNSELECT (RFC 3691: leaves
// them). Both return to the authenticated state; a mailbox change, so a barrier. UNSELECT fails
// with "not supported" when the server lacks it.
class CloseCommand : public TypedCommand<CommandResult>
{
public:
    enum class Kind { Close, Unselect };

    explicit CloseCommand(Kind kind = Kind::Close)
        : m_kind(kind)
    {
    }

    QByteArray name() const override;
    Pipelining pipelining() const override { return Pipelining::Barrier; }
    bool allowedIn(SessionState state) const override { return state == SessionState::Selected; }
    void start(CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

private:
    Kind m_kind;
};

} // namespace Kestrel::Imap

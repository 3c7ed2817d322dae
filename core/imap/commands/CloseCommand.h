#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

// CLOSE (RFC 3501 6.4.2: also silently expunges \Deleted messages) and UNSELECT (RFC 3691: leaves
// them). Both return to the authenticated state; a mailbox change, so a barrier. Without the UNSELECT
// extension, UNSELECT is done the way RFC 3691 itself describes the old workaround: EXAMINE a mailbox
// that cannot exist. A failed SELECT/EXAMINE leaves no mailbox selected (RFC 3501 6.3.1/6.3.2) and,
// unlike CLOSE, expunges nothing. Should that name exist after all, the mailbox is now open read-only
// and a CLOSE there expunges nothing either.
class CloseCommand : public TypedCommand<CommandResult>
{
public:
    enum class Kind { Close, Unselect };
    // The mailbox the UNSELECT fallback examines; nobody names a folder like this.
    static constexpr QStringView NowhereMailbox = u"Kestrel-unselect-0f9d3c47-nonexistent";

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
    enum class Step { Direct, ExamineNowhere, CloseReadOnly };

    void deselected(CommandContext &context);

    Kind m_kind;
    Step m_step = Step::Direct;
};

} // namespace Kestrel::Imap

#include "imap/commands/CloseCommand.h"

#include "imap/session/Capabilities.h"
#include "imap/session/SelectedMailboxState.h"

namespace Kestrel::Imap {

QByteArray CloseCommand::name() const
{
    return m_kind == Kind::Close ? QByteArrayLiteral("CLOSE") : QByteArrayLiteral("UNSELECT");
}

void CloseCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    if (m_kind == Kind::Unselect && !context.capabilities().has("UNSELECT")) {
        m_step = Step::ExamineNowhere;
        out.writer.atom("EXAMINE").mailbox(NowhereMailbox.toString());
    } else {
        out.writer.atom(name());
    }
    send(context, out);
}

void CloseCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    switch (m_step) {
    case Step::ExamineNowhere:
        if (status.condition == StatusCondition::No) { // the expected failure: nothing is selected now
            deselected(context);
            complete();
            return;
        }
        if (status.condition == StatusCondition::Ok) { // it existed: open read-only, so CLOSE is harmless
            m_step = Step::CloseReadOnly;
            CommandContext::Outgoing out = context.begin();
            out.writer.atom("CLOSE");
            send(context, out);
            return;
        }
        break; // BAD: the state is unknown; report it
    case Step::Direct:
    case Step::CloseReadOnly:
        if (status.condition == StatusCondition::Ok)
            deselected(context);
        break;
    }
    finish(status, context);
}

void CloseCommand::deselected(CommandContext &context)
{
    context.mailbox().clear();
    context.setState(SessionState::Authenticated);
}

} // namespace Kestrel::Imap

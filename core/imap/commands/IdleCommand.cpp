#include "imap/commands/IdleCommand.h"

namespace Kestrel::Imap {

void IdleCommand::start(CommandContext &context)
{
    if (m_stopRequested) {
        complete(); // stopped while waiting in the queue: nothing to send
        return;
    }
    m_context = &context;
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("IDLE");
    send(context, out);
}

void IdleCommand::continuation(const ContinuationRequest &, CommandContext &context)
{
    m_idling = true;
    context.setState(SessionState::Idling);
    if (m_stopRequested)
        sendDone();
}

void IdleCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    if (context.state() == SessionState::Idling)
        context.setState(SessionState::Selected);
    finish(status, context);
}

void IdleCommand::stop()
{
    m_stopRequested = true;
    if (m_idling && m_context && !isFinished())
        sendDone();
}

void IdleCommand::sendDone()
{
    if (m_doneSent)
        return;
    m_doneSent = true;
    m_context->sendLine(QByteArrayLiteral("DONE"));
}

} // namespace Kestrel::Imap

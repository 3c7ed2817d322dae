#include "imap/commands/MoveCommand.h"

#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {

MoveCommand::MoveCommand(SequenceSet uids, QString destination)
    : m_uids(std::move(uids))
    , m_destination(std::move(destination))
{
}

QByteArray MoveCommand::name() const
{
    switch (m_step) {
    case Step::Move: return QByteArrayLiteral("UID MOVE");
    case Step::Copy: return QByteArrayLiteral("UID COPY");
    case Step::Store: return QByteArrayLiteral("UID STORE");
    case Step::Expunge: return QByteArrayLiteral("UID EXPUNGE");
    }
    return QByteArray();
}

void MoveCommand::start(CommandContext &context)
{
    m_result.usedFallback = !context.capabilities().has("MOVE");
    sendStep(m_result.usedFallback ? Step::Copy : Step::Move, context);
}

void MoveCommand::sendStep(Step step, CommandContext &context)
{
    m_step = step;
    CommandContext::Outgoing out = context.begin();
    CommandWriter &w = out.writer;
    switch (step) {
    case Step::Move: w.atom("UID").atom("MOVE").sequenceSet(m_uids).mailbox(m_destination); break;
    case Step::Copy: w.atom("UID").atom("COPY").sequenceSet(m_uids).mailbox(m_destination); break;
    case Step::Store: w.atom("UID").atom("STORE").sequenceSet(m_uids).atom("+FLAGS.SILENT").atom("(\\Deleted)"); break;
    case Step::Expunge: w.atom("UID").atom("EXPUNGE").sequenceSet(m_uids); break;
    }
    send(context, out);
}

bool MoveCommand::untagged(const Response &response, CommandContext &)
{
    // RFC 6851 4.3: COPYUID comes in an untagged OK before the expunges.
    if (const auto *status = std::get_if<UntaggedStatus>(&response))
        return status->condition == StatusCondition::Ok && takeCopyUid(status->code, m_result);
    const auto *vanished = std::get_if<VanishedResponse>(&response);
    if (!vanished || vanished->earlier)
        return false; // EXPUNGE responses are translated by SelectedMailboxState
    for (const SequenceSet::Range &range : vanished->uids.ranges())
        m_result.vanished.appendRange(range.first, range.last);
    return true;
}

void MoveCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    takeCopyUid(status.code, m_result);
    if (status.condition != StatusCondition::Ok || m_step == Step::Move || m_step == Step::Expunge) {
        finish(status, context);
        return;
    }
    if (m_step == Step::Copy) {
        sendStep(Step::Store, context);
        return;
    }
    // Step::Store done. RFC 4315 2.1: UID EXPUNGE touches only these UIDs; without UIDPLUS stop here.
    if (context.capabilities().has("UIDPLUS")) {
        sendStep(Step::Expunge, context);
        return;
    }
    m_result.leftFlaggedDeleted = true;
    finish(status, context);
}

} // namespace Kestrel::Imap

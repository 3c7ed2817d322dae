#include "imap/commands/SelectCommand.h"

#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {

SelectCommand::SelectCommand(QString mailbox, Mode mode)
    : m_mailbox(std::move(mailbox))
    , m_mode(mode)
{
}

QByteArray SelectCommand::name() const
{
    return m_mode == Mode::Select ? QByteArrayLiteral("SELECT") : QByteArrayLiteral("EXAMINE");
}

void SelectCommand::start(CommandContext &context)
{
    // RFC 7162 3.2.11: with QRESYNC the server marks the end of the old mailbox's data with [CLOSED].
    m_waitForClosed = context.isEnabled("QRESYNC") && context.state() == SessionState::Selected;
    context.mailbox().beginSelect(m_mailbox, m_mode == Mode::Examine, m_waitForClosed);
    m_result.mailbox.mailbox = m_mailbox;
    m_result.mailbox.readOnly = m_mode == Mode::Examine;
    CommandContext::Outgoing out = context.begin();
    out.writer.atom(name()).mailbox(m_mailbox);
    writeParameters(out.writer, context);
    send(context, out);
}

void SelectCommand::writeParameters(CommandWriter &writer, CommandContext &context)
{
    if (m_qresync && m_qresync->uidValidity != 0 && context.isEnabled("QRESYNC")) {
        m_result.qresync = true;
        writer.beginList().atom("QRESYNC").beginList();
        writer.number(m_qresync->uidValidity).number(m_qresync->modSeq);
        if (!m_qresync->knownUids.isEmpty())
            writer.sequenceSet(m_qresync->knownUids);
        writer.endList().endList();
    } else if (m_condstore && context.capabilities().has("CONDSTORE")) {
        writer.beginList().atom("CONDSTORE").endList();
    }
}

bool SelectCommand::untagged(const Response &response, CommandContext &)
{
    if (const auto *status = std::get_if<UntaggedStatus>(&response)) {
        if (status->code.kind == ResponseCodeKind::Closed && m_waitForClosed) {
            m_waitForClosed = false;
            return true;
        }
        if (!m_waitForClosed && status->condition == StatusCondition::Ok)
            collectCode(status->code);
        return !m_waitForClosed;
    }
    if (m_waitForClosed)
        return false; // still about the previous mailbox
    if (const auto *exists = std::get_if<ExistsResponse>(&response))
        m_result.mailbox.exists = exists->count;
    else if (const auto *recent = std::get_if<RecentResponse>(&response))
        m_result.recent = recent->count;
    else if (const auto *flags = std::get_if<FlagsResponse>(&response))
        m_result.mailbox.flags = flags->flags;
    else if (const auto *vanished = std::get_if<VanishedResponse>(&response))
        for (const SequenceSet::Range &range : vanished->uids.ranges())
            m_result.vanished.appendRange(range.first, range.last);
    else if (const auto *fetch = std::get_if<FetchResponse>(&response))
        m_result.changed << *fetch;
    else
        return false;
    return true;
}

// RFC 3501 6.3.1 and 7.1, RFC 7162 3.1.2.1 / 3.1.2.2.
void SelectCommand::collectCode(const ResponseCode &code)
{
    SelectedMailboxState::Snapshot &box = m_result.mailbox;
    switch (code.kind) {
    case ResponseCodeKind::UidValidity: box.uidValidity = quint32(code.number); break;
    case ResponseCodeKind::UidNext: box.uidNext = quint32(code.number); break;
    case ResponseCodeKind::Unseen: m_result.firstUnseen = quint32(code.number); break;
    case ResponseCodeKind::HighestModSeq: box.highestModSeq = code.number; break;
    case ResponseCodeKind::NoModSeq: box.noModSeq = true; break;
    case ResponseCodeKind::PermanentFlags: box.permanentFlags = code.flags; break;
    default: break;
    }
}

void SelectCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    if (status.condition != StatusCondition::Ok) {
        context.mailbox().clear();
        context.setState(SessionState::Authenticated);
        finish(status, context);
        return;
    }
    // RFC 3501 6.3.1: [READ-ONLY] / [READ-WRITE] in the tagged OK decide.
    if (status.code.kind == ResponseCodeKind::ReadOnly)
        m_result.mailbox.readOnly = true;
    else if (status.code.kind == ResponseCodeKind::ReadWrite)
        m_result.mailbox.readOnly = false;
    context.mailbox().setSelected(m_result.mailbox);
    context.setState(SessionState::Selected);
    finish(status, context);
}

} // namespace Kestrel::Imap

#include "imap/commands/ExpungeCommand.h"

#include "imap/session/Capabilities.h"
#include "imap/session/SessionErrors.h"

namespace Kestrel::Imap {

void ExpungeCommand::start(CommandContext &context)
{
    if (m_uids && !context.capabilities().has("UIDPLUS")) {
        fail(SessionErrors::notSupported(context.serverName(), QByteArrayLiteral("UIDPLUS")));
        return;
    }
    CommandContext::Outgoing out = context.begin();
    if (m_uids)
        out.writer.atom("UID").atom("EXPUNGE").sequenceSet(*m_uids);
    else
        out.writer.atom("EXPUNGE");
    send(context, out);
}

bool ExpungeCommand::untagged(const Response &response, CommandContext &)
{
    if (const auto *expunge = std::get_if<ExpungeResponse>(&response)) {
        m_result.expungedSequences << expunge->sequence;
        return true;
    }
    const auto *vanished = std::get_if<VanishedResponse>(&response);
    if (!vanished || vanished->earlier)
        return false;
    for (const SequenceSet::Range &range : vanished->uids.ranges())
        m_result.vanished.appendRange(range.first, range.last);
    return true;
}

} // namespace Kestrel::Imap

#include "imap/commands/FetchCommand.h"

#include "imap/commands/StoreCommand.h"
#include "imap/session/Capabilities.h"
#include "imap/session/SessionErrors.h"

namespace Kestrel::Imap {

FetchCommand::FetchCommand(SequenceSet uids, FetchItems items)
    : m_uids(std::move(uids))
    , m_items(std::move(items))
{
}

void FetchCommand::setChangedSince(quint64 modSeq, bool vanished)
{
    m_changedSince = modSeq;
    m_vanished = vanished;
}

void FetchCommand::start(CommandContext &context)
{
    if (!m_items.isValid() || m_items.isEmpty() || m_uids.isEmpty()) {
        fail(SessionErrors::protocol(context.serverName(), QStringLiteral("invalid FETCH request")));
        return;
    }
    const Capabilities &capabilities = context.capabilities();
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("UID").atom("FETCH").sequenceSet(m_uids).atom(m_items.toImap(capabilities));
    if (m_changedSince && capabilities.has("CONDSTORE")) {
        m_result.changedSinceUsed = true;
        out.writer.beginList().atom("CHANGEDSINCE").number(*m_changedSince);
        if (m_vanished && context.isEnabled("QRESYNC")) // RFC 7162 3.2.6: only after ENABLE QRESYNC
            out.writer.atom("VANISHED");
        out.writer.endList();
    }
    send(context, out);
}

bool FetchCommand::untagged(const Response &response, CommandContext &context)
{
    if (const auto *vanished = std::get_if<VanishedResponse>(&response)) {
        if (!vanished->earlier || !m_vanished)
            return false;
        for (const SequenceSet::Range &range : vanished->uids.ranges())
            m_result.vanished.appendRange(range.first, range.last);
        return true;
    }
    const auto *fetch = std::get_if<FetchResponse>(&response);
    if (!fetch || !fetchConcerns(*fetch, m_uids, context))
        return false;
    if (m_stream)
        m_stream(*fetch);
    else
        m_result.messages << *fetch;
    return true;
}

} // namespace Kestrel::Imap

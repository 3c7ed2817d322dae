#include "imap/commands/SearchCommand.h"

#include "imap/session/Capabilities.h"
#include "imap/session/SessionErrors.h"

namespace Kestrel::Imap {
namespace {

// A server can name four billion UIDs in a dozen bytes; the list stops here (the set stays whole).
constexpr qsizetype MaxListed = 10'000'000;

} // namespace

SearchCommand::SearchCommand(SearchCriteria criteria, bool uid)
    : m_criteria(std::move(criteria))
    , m_uid(uid)
{
}

void SearchCommand::start(CommandContext &context)
{
    if (!m_criteria.isValid() || m_criteria.isEmpty()) {
        fail(SessionErrors::protocol(context.serverName(), QStringLiteral("invalid SEARCH criteria")));
        return;
    }
    m_extended = context.capabilities().has("ESEARCH");
    CommandContext::Outgoing out = context.begin();
    m_tag = out.tag;
    if (m_uid)
        out.writer.atom("UID");
    out.writer.atom("SEARCH");
    if (m_extended)
        writeReturn(out.writer);
    // RFC 3501 6.4.4 CHARSET; after ENABLE UTF8=ACCEPT strings are UTF-8 anyway (RFC 6855 3).
    if (m_criteria.needsUtf8() && !context.isEnabled("UTF8=ACCEPT"))
        out.writer.atom("CHARSET").atom("UTF-8");
    m_criteria.write(out.writer);
    send(context, out);
}

// RFC 4731 3.1: RETURN (MIN MAX COUNT ALL)
void SearchCommand::writeReturn(CommandWriter &writer) const
{
    writer.atom("RETURN").beginList();
    if (m_returns.testFlag(Return::Min))
        writer.atom("MIN");
    if (m_returns.testFlag(Return::Max))
        writer.atom("MAX");
    if (m_returns.testFlag(Return::Count))
        writer.atom("COUNT");
    if (m_returns.testFlag(Return::All) || !m_returns)
        writer.atom("ALL");
    writer.endList();
}

bool SearchCommand::untagged(const Response &response, CommandContext &)
{
    if (const auto *search = std::get_if<SearchResponse>(&response)) {
        m_result.numbers += search->numbers;
        std::sort(m_result.numbers.begin(), m_result.numbers.end());
        m_result.set = SequenceSet::fromNumbers(m_result.numbers);
        if (search->modSeq)
            m_result.modSeq = search->modSeq;
        return true;
    }
    const auto *esearch = std::get_if<ESearchResponse>(&response);
    if (!esearch || (!esearch->tag.isNull() && esearch->tag != m_tag))
        return false;
    takeESearch(*esearch);
    return true;
}

void SearchCommand::takeESearch(const ESearchResponse &response)
{
    m_result.min = response.min;
    m_result.max = response.max;
    m_result.count = response.count;
    m_result.modSeq = response.modSeq;
    if (response.all) {
        m_result.set = *response.all;
        m_result.numbers = response.all->toList(MaxListed);
        std::sort(m_result.numbers.begin(), m_result.numbers.end());
    }
}

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/ImapCommand.h"
#include "imap/commands/SearchCriteria.h"

#include <QFlags>

#include <optional>

namespace Kestrel::Imap {

struct SearchResult : CommandResult {
    QList<quint32> numbers;        // UIDs (UID SEARCH) or sequence numbers, ascending
    SequenceSet set;               // the same as a set (ESEARCH ALL keeps the server's ranges)
    std::optional<quint32> min;    // ESEARCH RETURN (MIN / MAX / COUNT), RFC 4731 3.1
    std::optional<quint32> max;
    std::optional<quint32> count;
    std::optional<quint64> modSeq; // RFC 7162 3.1.5 when the criteria used MODSEQ
};

// SEARCH / UID SEARCH (RFC 3501 6.4.4), with RETURN options when ESEARCH is offered (RFC 4731)
// and CHARSET UTF-8 when a criterion holds non-ASCII text. Plain SEARCH answers by sequence
// number, which EXPUNGE shifts: it is a barrier. Searches never overlap, since plain SEARCH
// responses carry no tag to tell them apart.
class SearchCommand : public TypedCommand<SearchResult>
{
public:
    enum class Return { Min = 1, Max = 2, Count = 4, All = 8 };
    Q_DECLARE_FLAGS(Returns, Return)

    explicit SearchCommand(SearchCriteria criteria, bool uid = true);

    // ESEARCH only; ignored otherwise (then everything comes as numbers).
    void setReturn(Returns returns) { m_returns = returns; }

    QByteArray name() const override { return m_uid ? QByteArrayLiteral("UID SEARCH") : QByteArrayLiteral("SEARCH"); }
    Pipelining pipelining() const override { return m_uid ? Pipelining::Independent : Pipelining::Barrier; }
    QByteArray exclusiveKey() const override { return QByteArrayLiteral("SEARCH"); }
    bool allowedIn(SessionState state) const override { return state == SessionState::Selected; }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;

private:
    void writeReturn(CommandWriter &writer) const;
    void takeESearch(const ESearchResponse &response);

    SearchCriteria m_criteria;
    bool m_uid;
    Returns m_returns = Return::All;
    bool m_extended = false;
    QByteArray m_tag;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SearchCommand::Returns)

} // namespace Kestrel::Imap

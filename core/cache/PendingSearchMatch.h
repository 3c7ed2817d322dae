#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kestrel {

// Search over messages that are cached but not in the full-text index yet (table search_pending: the
// initial sync stores headers first and indexes them afterwards, SearchIndex::indexPending). A message
// must not vanish from the quick filter or a search in that window, so searches also test the queued
// rows one by one with this matcher, which reads the same MATCH expression (FtsQuery) and applies the
// index's own rules: unicode61 tokens (runs of letters and digits), case-insensitive, diacritics removed,
// "ё" as "е", each quoted string a phrase of consecutive tokens, a trailing * a prefix of its last token.
// Its cost grows with the number of queued rows, so it is a bridge for seconds, not a second index.
class PendingSearchMatch
{
public:
    // True when `text` (subject and addresses, as the index reads them) satisfies `ftsMatch`, an
    // expression from FtsQuery::fromUserText. Anything it cannot read matches nothing.
    static bool matches(const QString &text, const QString &ftsMatch);

    // Registers the SQL function kestrel_pending_match(text, match) on an open SQLite connection.
    static std::optional<Error> registerOn(const QSqlDatabase &db);

    // "search_pending p CROSS JOIN messages <alias> ON ... WHERE kestrel_pending_match(..., ?)": the FROM and
    // WHERE of a SELECT over the queued messages that match the one bound MATCH expression. CROSS JOIN keeps
    // the queue the outer loop; joined the other way, SQLite walked the folder's messages (470 ms at 100k).
    static QString queuedMatchesSql(const QString &alias);
};

} // namespace Kestrel

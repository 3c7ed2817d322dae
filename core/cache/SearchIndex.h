#pragma once

#include "common/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Kestrel {

class Database;

// Where a search hit lives.
struct MessageKey {
    qint64 id = 0; // the cache's row id (MessageSummary::id)
    QString accountId;
    qint64 folderId = 0;
    quint32 uid = 0;
    friend bool operator==(const MessageKey &, const MessageKey &) = default;
};

// The FTS5 table `message_search` (unicode61, remove_diacritics 2, prefix indexes of 2 and 3 characters)
// over subject, sender/recipient names and addresses (From, To, Cc) and cached body text. New messages
// are queued by MessageStore as it inserts them (table search_pending) and indexed by indexQueuedAbove() at the
// end of their batch, except for the initial sync's bulk chunks, which stay queued for indexPending(): the
// GUI's SearchIndexCatchUp runs it after each sync, `kestrel-cli search` before it searches (a quarter of
// the sync's CPU time, measured). Until then search() and the quick filter
// (MessageScope) test the queued rows directly (PendingSearchMatch), so no message is missing from a
// search meanwhile. Changed subjects and addresses follow through a trigger; body text is set by PartStore
// when a text part is cached; rows disappear with their message (trigger, cascades included).
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    // Ranked by bm25 (subject weighs most, then addresses, then body), newest first among equal ranks.
    // Any user text is safe (FtsQuery); text with nothing searchable yields no results, not an error.
    std::optional<Error> search(const QString &userText, const QString &accountId, int limit,
                                QList<MessageKey> &results) const;
    // Indexes queued messages (table search_pending), newest rows first: all of them when `limit` is 0,
    // else at most `limit`. `remaining`, when given, receives how many are still queued. Join or open a
    // Transaction around it: the rows leave the queue in the statement after they enter the index.
    std::optional<Error> indexPending(int limit = 0, qint64 *remaining = nullptr);
    // Indexes the queued messages whose row id is above `rowId`, the rows a batch has just inserted; older
    // queued rows stay queued. A small batch after an initial sync left 100k rows queued indexed all of
    // them (0.8 s) when it ran indexPending().
    std::optional<Error> indexQueuedAbove(qint64 rowId);
    // How many messages wait to be indexed.
    std::optional<Error> pendingCount(qint64 &count) const;
    // Replaces the body text indexed for messages (message row id -> text), in one statement; ids of
    // messages that are not cached are ignored. A queued message is indexed here in full and leaves the queue.
    std::optional<Error> setBodyTexts(const QHash<qint64, QString> &texts);
    // FTS5's own consistency check of the index against its content.
    std::optional<Error> checkIntegrity() const;

    static constexpr int MaxBodyChars = 64 * 1024; // indexed per message; the rest is not searchable
    // FTS5's 'hashsize' (schema version 6): how many bytes of new terms one statement gathers in memory before
    // it writes them out as a segment. At FTS5's default of 1 MiB, indexPending() over 100k new messages in
    // one statement (as kestrel-cli runs it) kept writing small segments and merging them again: 6.73 G
    // instructions against 4.44 G at 8 MiB (callgrind, the sqlite3 shell), CPU time -27%; the same rows in
    // SearchIndexCatchUp's 5,000-row batches 6.51 G against 5.69 G. The memory is held only while such a
    // statement runs.
    static constexpr int PendingTermsBytes = 8 * 1024 * 1024;

    // search()'s statement; public for the test that checks its query plan.
    static QString searchSql(bool accountFilter);

private:
    // FtsQuery::normalize() as SQL around `expression` ("ё" is indexed as "е").
    static QString folded(const QString &expression);
    static QString indexedColumns();
    std::optional<Error> insertQueued(const QString &queue, const QString &condition = {}, const QVariantList &values = {});

    Database &m_db;
};

} // namespace Kestrel

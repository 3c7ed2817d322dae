#include "cache/SearchIndex.h"

#include "cache/Database.h"
#include "cache/FtsQuery.h"
#include "cache/PendingSearchMatch.h"
#include "cache/Sql.h"

#include <QSqlQuery>

namespace Kestrel {

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

std::optional<Error> SearchIndex::search(const QString &userText, const QString &accountId, int limit,
                                         QList<MessageKey> &results) const
{
    results.clear();
    const QString match = FtsQuery::fromUserText(userText);
    if (match.isEmpty() || limit <= 0)
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, searchSql(!accountId.isEmpty())))
        return error;
    for (int arm = 0; arm < 2; ++arm) {
        query.addBindValue(match);
        if (!accountId.isEmpty())
            query.addBindValue(accountId);
    }
    query.addBindValue(limit);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next()) {
        results.append(MessageKey{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                                  quint32(query.value(3).toLongLong())});
    }
    return std::nullopt;
}

QString SearchIndex::searchSql(bool accountFilter)
{
    const QString account = accountFilter ? QStringLiteral(" AND m.folder_id IN (SELECT id FROM folders WHERE account_id = ?)")
                                          : QString();
    // bm25 weights: subject 10, addresses 4, body 1. The first arm ranks every hit (the cost of a search
    // grows with the number of hits) through the narrow messages_search_key index. The second reads the
    // messages not indexed yet (none, outside the seconds after an initial sync); they rank last (bm25 < 0).
    return QStringLiteral("SELECT h.id, f.account_id, h.folder_id, h.uid FROM (SELECT m.id, m.folder_id,"
                          " m.uid, m.internal_date, bm25(message_search, 10.0, 4.0, 1.0) AS score"
                          " FROM message_search JOIN messages m INDEXED BY messages_search_key"
                          " ON m.id = message_search.rowid WHERE message_search MATCH ?")
        + account
        + QStringLiteral(" UNION ALL SELECT m.id, m.folder_id, m.uid, m.internal_date, 0 AS score"
                         " FROM ")
        + PendingSearchMatch::queuedMatchesSql(QStringLiteral("m")) + account
        + QStringLiteral(" ORDER BY score, internal_date DESC LIMIT ?) h"
                         " JOIN folders f ON f.id = h.folder_id ORDER BY h.score, h.internal_date DESC");
}

QString SearchIndex::folded(const QString &expression)
{
    // Keep in step with FtsQuery::normalize() and the update trigger of Schema version 1.
    return QStringLiteral("replace(replace(%1, char(1105), char(1077)), char(1025), char(1045))").arg(expression);
}

// Subject and addresses of `messages m` as the index holds them (U+001E / U+001F are token breaks).
QString SearchIndex::indexedColumns()
{
    return folded(QStringLiteral("m.subject")) + QStringLiteral(", ")
        + folded(QStringLiteral("m.from_addr || char(30) || m.to_addr || char(30) || m.cc_addr"));
}

std::optional<Error> SearchIndex::indexPending(int limit, qint64 *remaining)
{
    const QSqlDatabase db = m_db.connection();
    // The whole queue is read in place; a batch is first copied out of it (newest rows first).
    const bool whole = limit <= 0;
    if (!whole) {
        if (auto error = Sql::run(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS index_batch (id INTEGER PRIMARY KEY)")))
            return error;
        if (auto error = Sql::run(db, QStringLiteral("INSERT INTO temp.index_batch SELECT id FROM search_pending"
                                                     " ORDER BY id DESC LIMIT ?"),
                                  {limit}))
            return error;
    }
    if (auto error = insertQueued(whole ? QStringLiteral("search_pending") : QStringLiteral("temp.index_batch")))
        return error;
    if (auto error = Sql::run(db, whole ? QStringLiteral("DELETE FROM search_pending")
                                        : QStringLiteral("DELETE FROM search_pending WHERE id IN (SELECT id FROM temp.index_batch)")))
        return error;
    if (!whole) {
        if (auto error = Sql::run(db, QStringLiteral("DELETE FROM temp.index_batch")))
            return error;
    }
    if (!remaining)
        return std::nullopt;
    return pendingCount(*remaining);
}

std::optional<Error> SearchIndex::indexQueuedAbove(qint64 rowId)
{
    if (auto error = insertQueued(QStringLiteral("search_pending"), QStringLiteral(" WHERE p.id > ?"), {rowId}))
        return error;
    return Sql::run(m_db.connection(), QStringLiteral("DELETE FROM search_pending WHERE id > ?"), {rowId});
}

// The one statement that copies queued messages into the index: the rows of `queue` (search_pending, or a
// batch copied out of it), aliased p, that `condition` keeps; taking them off the queue is the caller's.
std::optional<Error> SearchIndex::insertQueued(const QString &queue, const QString &condition, const QVariantList &values)
{
    return Sql::run(m_db.connection(),
                    QStringLiteral("INSERT INTO message_search (rowid, subject, addresses, body) SELECT m.id, ")
                        + indexedColumns() + QStringLiteral(", '' FROM ") + queue
                        + QStringLiteral(" p JOIN messages m ON m.id = p.id") + condition,
                    values);
}

std::optional<Error> SearchIndex::pendingCount(qint64 &count) const
{
    QVariant value;
    if (auto error = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM search_pending"), {}, value))
        return error;
    count = value.toLongLong();
    return std::nullopt;
}

// Through a per-connection temporary table, so that FTS5 sees one statement (one flush) for the batch.
std::optional<Error> SearchIndex::setBodyTexts(const QHash<qint64, QString> &texts)
{
    const QSqlDatabase db = m_db.connection();
    if (auto error = Sql::run(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS body_updates"
                                                 " (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")))
        return error;
    {
        QSqlQuery query(db);
        if (auto error = Sql::prepare(query, QStringLiteral("INSERT OR REPLACE INTO temp.body_updates VALUES (?, ?)")))
            return error;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            query.bindValue(0, it.key());
            query.bindValue(1, Sql::text(FtsQuery::normalize(it.value().left(MaxBodyChars))));
            if (auto error = Sql::exec(query))
                return error;
        }
    }
    // A queued message gets its subject and addresses here too: it must not be inserted a second time.
    if (auto error = Sql::run(db, QStringLiteral("DELETE FROM search_pending WHERE id IN (SELECT id FROM temp.body_updates)")))
        return error;
    if (auto error = Sql::run(db, QStringLiteral("INSERT OR REPLACE INTO message_search (rowid, subject, addresses, body)"
                                                 " SELECT m.id, ")
                                      + indexedColumns()
                                      + QStringLiteral(", b.body FROM temp.body_updates b JOIN messages m ON m.id = b.id")))
        return error;
    return Sql::run(db, QStringLiteral("DELETE FROM temp.body_updates"));
}

std::optional<Error> SearchIndex::checkIntegrity() const
{
    return Sql::run(m_db.connection(),
                    QStringLiteral("INSERT INTO message_search (message_search) VALUES ('integrity-check')"));
}

} // namespace Kestrel

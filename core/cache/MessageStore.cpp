#include "cache/MessageStore.h"

#include "cache/AddressCodec.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageColumns.h"
#include "cache/MessageRows.h"
#include "cache/NativeStatement.h"
#include "cache/PartFiles.h"
#include "cache/SearchIndex.h"
#include "cache/Sql.h"
#include "cache/Transaction.h"

#include <QSqlQuery>

#include <limits>

namespace Kestrel {

namespace {

// A UID set as a JSON array, for `uid IN (SELECT value FROM json_each(?))`: one statement for any size.
QString uidArray(const QList<quint32> &uids)
{
    QString json;
    json.reserve(uids.size() * 8 + 2);
    json.append(QLatin1Char('['));
    for (qsizetype i = 0; i < uids.size(); ++i) {
        if (i > 0)
            json.append(QLatin1Char(','));
        json.append(QString::number(uids[i]));
    }
    json.append(QLatin1Char(']'));
    return json;
}

} // namespace

MessageStore::MessageStore(Database &db)
    : m_db(db)
{
}

MessageStore::~MessageStore() = default;

std::optional<Error> MessageStore::storeState(qint64 folderId, const std::optional<FolderSyncState> &state)
{
    if (!state)
        return std::nullopt;
    return FolderStore(m_db).updateSyncState(folderId, *state);
}

std::optional<Error> MessageStore::upsertMessages(qint64 folderId, const QList<MessageSummary> &messages,
                                                  const std::optional<FolderSyncState> &state, Indexing indexing)
{
    return upsertRows(folderId, MessageRows(folderId, messages), state, indexing);
}

std::optional<Error> MessageStore::upsertRows(qint64 folderId, const MessageRows &rows,
                                              const std::optional<FolderSyncState> &state, Indexing indexing)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    qint64 highestBefore = 0;
    if (auto error = writeRows(rows, highestBefore))
        return error;
    if (indexing == Indexing::WithBatch && rows.size() > 0) {
        if (auto error = SearchIndex(m_db).indexQueuedAbove(highestBefore))
            return error;
    }
    if (auto error = storeState(folderId, state))
        return error;
    return transaction.commit();
}

std::optional<Error> MessageStore::prepared(Prepared which, NativeStatement *&statement)
{
    std::unique_ptr<NativeStatement> &slot = m_prepared[int(which)];
    if (!slot) {
        QString sql;
        switch (which) {
        case Prepared::UpsertMany:
            sql = MessageColumns::upsertSql(RowsPerStatement);
            break;
        case Prepared::UpsertOne:
            sql = MessageColumns::upsertSql(1);
            break;
        case Prepared::HighestRowId:
            sql = QStringLiteral("SELECT coalesce(max(id), 0) FROM messages");
            break;
        case Prepared::QueueNewRows:
            sql = QStringLiteral("INSERT OR IGNORE INTO search_pending (id) SELECT id FROM messages WHERE id > ?");
            break;
        case Prepared::Count:
            break;
        }
        auto made = std::make_unique<NativeStatement>();
        if (auto error = made->prepare(m_db.connection(), sql))
            return error;
        slot = std::move(made);
    }
    statement = slot.get();
    return std::nullopt;
}

// Statements of RowsPerStatement rows, then single-row statements for the remainder, bound through
// SQLite's own API (NativeStatement says why). Then the rows it inserted, not those it updated, are queued
// for the search index (Schema version 5 says why not by a trigger). They are the rows above the highest
// id before the batch: SQLite gives a new row of an INTEGER PRIMARY KEY table the highest id plus one, and
// an updated row keeps its id. (Only once some id reached 2^63 - 1 would it pick unused ids at random.)
// No other statement inserts messages; the arch test arch_messages_inserted_by_store_only keeps it so.
std::optional<Error> MessageStore::writeRows(const MessageRows &rows, qint64 &highestBefore)
{
    if (rows.size() == 0) // a sync that only stores its state
        return std::nullopt;
    NativeStatement *highest = nullptr;
    if (auto error = prepared(Prepared::HighestRowId, highest))
        return error;
    if (auto error = highest->forEachRow([&] { highestBefore = highest->integer(0); }))
        return error;

    const qsizetype full = rows.size() / RowsPerStatement * RowsPerStatement;
    for (const int perStatement : {RowsPerStatement, 1}) {
        const qsizetype begin = perStatement == 1 ? full : 0;
        const qsizetype end = perStatement == 1 ? rows.size() : full;
        if (begin == end)
            continue;
        NativeStatement *statement = nullptr;
        if (auto error = prepared(perStatement == 1 ? Prepared::UpsertOne : Prepared::UpsertMany, statement))
            return error;
        for (qsizetype start = begin; start < end; start += perStatement) {
            for (int row = 0; row < perStatement; ++row)
                rows.bind(start + row, *statement, row * MessageColumns::UpsertColumnCount);
            if (auto error = statement->exec())
                return error;
        }
    }

    NativeStatement *queue = nullptr;
    if (auto error = prepared(Prepared::QueueNewRows, queue))
        return error;
    queue->bindInteger(0, highestBefore);
    return queue->exec();
}

std::optional<Error> MessageStore::updateFlags(qint64 folderId, const QList<FlagUpdate> &updates,
                                               const std::optional<FolderSyncState> &state)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    {
        QSqlQuery query(m_db.connection());
        if (auto error = Sql::prepare(query, QStringLiteral("UPDATE messages SET flags = ?, keywords = ?,"
                                                            " modseq = CASE WHEN ? > 0 THEN ? ELSE modseq END"
                                                            " WHERE folder_id = ? AND uid = ?")))
            return error;
        for (const FlagUpdate &update : updates) {
            query.bindValue(0, int(update.flags.system.toInt()));
            query.bindValue(1, Sql::text(AddressCodec::encodeWords(update.flags.keywords)));
            query.bindValue(2, qint64(update.modSeq));
            query.bindValue(3, qint64(update.modSeq));
            query.bindValue(4, folderId);
            query.bindValue(5, qint64(update.uid));
            if (auto error = Sql::exec(query))
                return error;
        }
    }
    if (auto error = storeState(folderId, state))
        return error;
    return transaction.commit();
}

std::optional<Error> MessageStore::changeFlags(qint64 folderId, const QList<quint32> &uids, MessageFlagSet add,
                                               MessageFlagSet remove)
{
    return Sql::run(m_db.connection(),
                    QStringLiteral("UPDATE messages SET flags = (flags | ?) & ~? WHERE folder_id = ?"
                                   " AND uid IN (SELECT value FROM json_each(?))"),
                    {int(add.toInt()), int(remove.toInt()), folderId, uidArray(uids)});
}

std::optional<Error> MessageStore::removeUids(qint64 folderId, const QList<quint32> &uids,
                                              const std::optional<FolderSyncState> &state, int *removed)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    // One statement for the whole set: the FTS5 delete trigger then runs inside a single savepoint.
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("DELETE FROM messages WHERE folder_id = ?"
                                                        " AND uid IN (SELECT value FROM json_each(?))")))
        return error;
    query.addBindValue(folderId);
    query.addBindValue(uidArray(uids));
    if (auto error = Sql::exec(query))
        return error;
    const int count = query.numRowsAffected();
    query.finish();
    if (auto error = storeState(folderId, state))
        return error;
    PartFiles(m_db).purgeAfterCommit(transaction);
    if (auto error = transaction.commit())
        return error;
    if (removed)
        *removed = count;
    return std::nullopt;
}

std::optional<Error> MessageStore::clearFolder(qint64 folderId, const std::optional<FolderSyncState> &state)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    if (auto error = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM messages WHERE folder_id = ?"), {folderId}))
        return error;
    if (auto error = storeState(folderId, state))
        return error;
    PartFiles(m_db).purgeAfterCommit(transaction);
    return transaction.commit();
}

std::optional<Error> MessageStore::moveUid(qint64 fromFolderId, quint32 fromUid, qint64 toFolderId, quint32 toUid)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    qint64 existing = 0;
    if (auto error = messageRowId(toFolderId, toUid, existing))
        return error;
    if (existing != 0) {
        if (auto error = removeUids(fromFolderId, {fromUid}))
            return error;
    } else if (auto error = Sql::run(m_db.connection(),
                                     QStringLiteral("UPDATE messages SET folder_id = ?, uid = ? WHERE folder_id = ? AND uid = ?"),
                                     {toFolderId, qint64(toUid), fromFolderId, qint64(fromUid)})) {
        return error;
    }
    return transaction.commit();
}

std::optional<Error> MessageStore::highestUid(qint64 folderId, quint32 &uid) const
{
    QVariant value;
    if (auto error = Sql::scalar(m_db.connection(), QStringLiteral("SELECT max(uid) FROM messages WHERE folder_id = ?"),
                                 {folderId}, value))
        return error;
    uid = value.isNull() ? 0 : quint32(value.toLongLong());
    return std::nullopt;
}

// Through SQLite's API: every sync of a folder reads its UIDs, and at 100k QSqlQuery::next() made this
// 55 ms, most of a resync's own CPU after another client changed 1% of the flags (issue 8, scenario 3).
std::optional<Error> MessageStore::uids(qint64 folderId, QList<quint32> &uids) const
{
    return uidsBetween(folderId, 0, std::numeric_limits<quint32>::max(), uids);
}

std::optional<Error> MessageStore::uidsBetween(qint64 folderId, quint32 low, quint32 high, QList<quint32> &uids) const
{
    uids.clear();
    NativeStatement query;
    if (auto error = query.prepare(m_db.connection(),
                                   QStringLiteral("SELECT uid FROM messages WHERE folder_id = ? AND uid BETWEEN ? AND ?"
                                                  " ORDER BY uid")))
        return error;
    query.bindInteger(0, folderId);
    query.bindInteger(1, low);
    query.bindInteger(2, high);
    const auto error = query.forEachRow([&] { uids.append(quint32(query.integer(0))); });
    if (error)
        uids.clear();
    return error;
}

std::optional<Error> MessageStore::messageRowId(qint64 folderId, quint32 uid, qint64 &id) const
{
    QVariant value;
    if (auto error = Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM messages WHERE folder_id = ? AND uid = ?"),
                                 {folderId, qint64(uid)}, value))
        return error;
    id = value.isNull() ? 0 : value.toLongLong();
    return std::nullopt;
}

} // namespace Kestrel

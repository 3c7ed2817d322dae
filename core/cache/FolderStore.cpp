#include "cache/FolderStore.h"

#include "cache/Database.h"
#include "cache/PartFiles.h"
#include "cache/Sql.h"
#include "cache/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace Kestrel {
namespace {

FolderInfo readFolder(const QSqlQuery &q)
{
    FolderInfo f;
    f.id = q.value(0).toLongLong();
    f.accountId = q.value(1).toString();
    f.name = q.value(2).toString();
    f.delimiter = q.value(3).toString();
    f.role = static_cast<SpecialUse>(q.value(4).toInt());
    f.attributes = FolderAttributes::fromInt(q.value(5).toInt());
    f.subscribed = q.value(6).toBool();
    f.sync.uidValidity = quint32(q.value(7).toLongLong());
    f.sync.uidNext = quint32(q.value(8).toLongLong());
    f.sync.highestModSeq = quint64(q.value(9).toLongLong());
    f.totalCount = quint32(q.value(10).toLongLong());
    f.unreadCount = quint32(q.value(11).toLongLong());
    f.sync.whole = q.value(12).toBool();
    return f;
}

} // namespace

FolderStore::FolderStore(Database &db)
    : m_db(db)
{
}

std::optional<Error> FolderStore::upsertFolder(FolderInfo &f)
{
    QVariant id;
    const QVariantList values{f.accountId, Sql::text(f.name), Sql::text(f.delimiter), int(f.role), int(f.attributes.toInt()),
                              f.subscribed ? 1 : 0, qint64(f.sync.uidValidity), qint64(f.sync.uidNext),
                              qint64(f.sync.highestModSeq), qint64(f.totalCount), qint64(f.unreadCount),
                              f.sync.whole ? 1 : 0};
    if (auto error = Sql::scalar(
            m_db.connection(),
            QStringLiteral("INSERT INTO folders (account_id, name, delimiter, role, attributes, subscribed,"
                           " uid_validity, uid_next, highest_modseq, total_count, unread_count, sync_whole)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, name) DO UPDATE SET"
                           " delimiter = excluded.delimiter, role = excluded.role, attributes = excluded.attributes,"
                           " subscribed = excluded.subscribed RETURNING id"),
            values, id))
        return error;
    f.id = id.toLongLong();
    return std::nullopt;
}

std::optional<Error> FolderStore::updateCounts(qint64 folderId, quint32 total, quint32 unread)
{
    return Sql::run(m_db.connection(), QStringLiteral("UPDATE folders SET total_count = ?, unread_count = ? WHERE id = ?"),
                    {qint64(total), qint64(unread), folderId});
}

std::optional<Error> FolderStore::adjustCounts(qint64 folderId, int totalDelta, int unreadDelta)
{
    return Sql::run(m_db.connection(),
                    QStringLiteral("UPDATE folders SET total_count = max(0, total_count + ?),"
                                   " unread_count = max(0, unread_count + ?) WHERE id = ?"),
                    {totalDelta, unreadDelta, folderId});
}

std::optional<Error> FolderStore::updateSyncState(qint64 folderId, const FolderSyncState &state)
{
    return Sql::run(m_db.connection(),
                    QStringLiteral("UPDATE folders SET uid_validity = ?, uid_next = ?, highest_modseq = ?, sync_whole = ?"
                                   " WHERE id = ?"),
                    {qint64(state.uidValidity), qint64(state.uidNext), qint64(state.highestModSeq), state.whole ? 1 : 0,
                     folderId});
}

std::optional<Error> FolderStore::markWhole(qint64 folderId, quint32 uidValidity)
{
    return Sql::run(m_db.connection(), QStringLiteral("UPDATE folders SET sync_whole = 1 WHERE id = ? AND uid_validity = ?"),
                    {folderId, qint64(uidValidity)});
}

std::optional<Error> FolderStore::renameFolder(qint64 folderId, const QString &newName)
{
    return Sql::run(m_db.connection(), QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"), {Sql::text(newName), folderId});
}

std::optional<Error> FolderStore::removeFolder(qint64 folderId)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    if (auto error = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM folders WHERE id = ?"), {folderId}))
        return error;
    PartFiles(m_db).purgeAfterCommit(transaction);
    return transaction.commit();
}

std::optional<Error> FolderStore::removeFoldersNotIn(const QString &accountId, const QStringList &existing, int &removed)
{
    removed = 0;
    QList<FolderInfo> current;
    if (auto error = folders(accountId, current))
        return error;
    const QSet<QString> keep(existing.cbegin(), existing.cend());
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    for (const FolderInfo &folder : std::as_const(current)) {
        if (keep.contains(folder.name))
            continue;
        if (auto error = removeFolder(folder.id))
            return error;
        ++removed;
    }
    return transaction.commit();
}

std::optional<Error> FolderStore::select(const QString &where, const QVariantList &values,
                                         QList<FolderInfo> &folders) const
{
    folders.clear();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT id, account_id, name, delimiter, role, attributes,"
                                                        " subscribed, uid_validity, uid_next, highest_modseq,"
                                                        " total_count, unread_count, sync_whole FROM folders ")
                                             + where + QStringLiteral(" ORDER BY account_id, name")))
        return error;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next())
        folders.append(readFolder(query));
    return std::nullopt;
}

std::optional<Error> FolderStore::folders(const QString &accountId, QList<FolderInfo> &folders) const
{
    if (accountId.isEmpty())
        return select(QString(), {}, folders);
    return select(QStringLiteral("WHERE account_id = ?"), {accountId}, folders);
}

std::optional<Error> FolderStore::folder(qint64 folderId, std::optional<FolderInfo> &folder) const
{
    QList<FolderInfo> found;
    folder.reset();
    if (auto error = select(QStringLiteral("WHERE id = ?"), {folderId}, found))
        return error;
    if (!found.isEmpty())
        folder = found.constFirst();
    return std::nullopt;
}

std::optional<Error> FolderStore::findFolder(const QString &accountId, const QString &name,
                                             std::optional<FolderInfo> &folder) const
{
    QList<FolderInfo> found;
    folder.reset();
    if (auto error = select(QStringLiteral("WHERE account_id = ? AND name = ?"), {accountId, name}, found))
        return error;
    if (!found.isEmpty())
        folder = found.constFirst();
    return std::nullopt;
}

std::optional<Error> FolderStore::localCounts(const QString &accountId, QHash<qint64, LocalCounts> &counts) const
{
    counts.clear();
    // Two index-only scans: all rows per folder, then the partial index of unread rows.
    const QString filter = accountId.isEmpty()
        ? QString()
        : QStringLiteral(" AND folder_id IN (SELECT id FROM folders WHERE account_id = ?)");
    const QVariantList values = accountId.isEmpty() ? QVariantList() : QVariantList{accountId};
    for (const bool unread : {false, true}) {
        QSqlQuery query(m_db.connection());
        const QString where = unread ? QStringLiteral("WHERE (flags & 1) = 0") : QStringLiteral("WHERE 1");
        if (auto error = Sql::prepare(query, QStringLiteral("SELECT folder_id, count(*) FROM messages ") + where
                                                 + filter + QStringLiteral(" GROUP BY folder_id")))
            return error;
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (auto error = Sql::exec(query))
            return error;
        while (query.next()) {
            LocalCounts &entry = counts[query.value(0).toLongLong()];
            (unread ? entry.unread : entry.total) = query.value(1).toInt();
        }
    }
    return std::nullopt;
}

} // namespace Kestrel

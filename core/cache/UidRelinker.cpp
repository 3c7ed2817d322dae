#include "cache/UidRelinker.h"

#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/PartFiles.h"
#include "cache/Sql.h"
#include "cache/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace Kestrel {
namespace {

// A message's identity across UIDVALIDITY epochs; empty when it has no Message-ID (never matched).
QString identity(const QString &messageId, quint64 size, qint64 internalSecs)
{
    if (messageId.isEmpty())
        return {};
    return messageId + QLatin1Char('\n') + QString::number(size) + QLatin1Char('\n') + QString::number(internalSecs);
}

struct Match {
    int count = 0;
    qint64 value = 0; // row id (cache) or new UID (server)
};

void count(QHash<QString, Match> &matches, const QString &key, qint64 value)
{
    if (key.isEmpty())
        return;
    Match &match = matches[key];
    ++match.count;
    match.value = value;
}

std::optional<Error> cachedIdentities(Database &db, qint64 folderId, QHash<QString, Match> &cached, int &total)
{
    QSqlQuery query(db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT id, message_id, size, internal_date FROM messages"
                                                        " WHERE folder_id = ?")))
        return error;
    query.addBindValue(folderId);
    if (auto error = Sql::exec(query))
        return error;
    total = 0;
    while (query.next()) {
        ++total;
        const qint64 secs = query.value(3).toLongLong() / 1000;
        count(cached, identity(query.value(1).toString(), quint64(query.value(2).toLongLong()), secs),
              query.value(0).toLongLong());
    }
    return std::nullopt;
}

// Row id -> new UID for every unambiguous match.
QHash<qint64, quint32> unambiguous(const QHash<QString, Match> &cached, const QList<RelinkCandidate> &server)
{
    QHash<QString, Match> onServer;
    for (const RelinkCandidate &c : server) {
        const qint64 secs = c.internalDate.isValid() ? c.internalDate.toSecsSinceEpoch() : 0;
        count(onServer, identity(c.messageId, c.size, secs), c.uid);
    }
    QHash<qint64, quint32> moves;
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        const auto found = onServer.constFind(it.key());
        if (it->count == 1 && found != onServer.cend() && found->count == 1)
            moves.insert(it->value, quint32(found->value));
    }
    return moves;
}

} // namespace

UidRelinker::UidRelinker(Database &db)
    : m_db(db)
{
}

std::optional<Error> UidRelinker::relink(qint64 folderId, const QList<RelinkCandidate> &server,
                                         const FolderSyncState &newState, RelinkResult &result)
{
    result = {};
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    QHash<QString, Match> cached;
    int total = 0;
    if (auto error = cachedIdentities(m_db, folderId, cached, total))
        return error;
    const QHash<qint64, quint32> moves = unambiguous(cached, server);
    const QSqlDatabase db = m_db.connection();
    // Negative UIDs first, so old and new UIDs never collide on UNIQUE (folder_id, uid) midway.
    if (auto error = Sql::run(db, QStringLiteral("UPDATE messages SET uid = -1 - id WHERE folder_id = ?"), {folderId}))
        return error;
    {
        QSqlQuery query(db);
        if (auto error = Sql::prepare(query, QStringLiteral("UPDATE messages SET uid = ?, modseq = 0 WHERE id = ?")))
            return error;
        for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
            query.bindValue(0, qint64(it.value()));
            query.bindValue(1, it.key());
            if (auto error = Sql::exec(query))
                return error;
        }
    }
    if (auto error = Sql::run(db, QStringLiteral("DELETE FROM messages WHERE folder_id = ? AND uid < 0"), {folderId}))
        return error;
    if (auto error = FolderStore(m_db).updateSyncState(folderId, newState))
        return error;
    PartFiles(m_db).purgeAfterCommit(transaction);
    if (auto error = transaction.commit())
        return error;
    result.relinked = int(moves.size());
    result.dropped = total - result.relinked;
    return std::nullopt;
}

} // namespace Kestrel

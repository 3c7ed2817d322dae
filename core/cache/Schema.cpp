#include "cache/Schema.h"

#include "cache/Database.h"
#include "cache/SearchIndex.h"
#include "cache/Sql.h"
#include "cache/StorageError.h"
#include "cache/Transaction.h"

namespace Kestrel {
namespace {

// FtsQuery::normalize() in SQL: the index stores "ё" as "е" (remove_diacritics leaves it alone).
QString folded(const QString &expression)
{
    return QStringLiteral("replace(replace(") + expression
        + QStringLiteral(", char(1105), char(1077)), char(1025), char(1045))");
}

// Sender and recipients as the index sees them; the U+001E / U+001F separators are token breaks.
QString searchAddresses()
{
    return folded(QStringLiteral("new.from_addr || char(30) || new.to_addr || char(30) || new.cc_addr"));
}

// Version 1: accounts, folders, messages, parts (large ones as files), the full-text index and the
// offline action queue. Dates are milliseconds since the epoch (UTC). Nothing here ever holds a secret.
QStringList accountsAndFolders()
{
    return {
        QStringLiteral("CREATE TABLE accounts ("
                       " id TEXT PRIMARY KEY NOT NULL,"
                       " display_name TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE folders ("
                       " id INTEGER PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " delimiter TEXT NOT NULL DEFAULT '',"
                       " role INTEGER NOT NULL DEFAULT 0,"
                       " attributes INTEGER NOT NULL DEFAULT 0,"
                       " subscribed INTEGER NOT NULL DEFAULT 0,"
                       " uid_validity INTEGER NOT NULL DEFAULT 0,"
                       " uid_next INTEGER NOT NULL DEFAULT 0,"
                       " highest_modseq INTEGER NOT NULL DEFAULT 0,"
                       " total_count INTEGER NOT NULL DEFAULT 0,"
                       " unread_count INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (account_id, name))"),
    };
}

QStringList messages()
{
    return {
        // Addresses: entries separated by U+001E, name and address by U+001F (AddressCodec).
        // sort_subject / sort_from are case-folded sort keys (subject without Re:/Fwd:, sender's name).
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY,"
                       " folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
                       " uid INTEGER NOT NULL,"
                       " flags INTEGER NOT NULL DEFAULT 0,"
                       " keywords TEXT NOT NULL DEFAULT '',"
                       " modseq INTEGER NOT NULL DEFAULT 0,"
                       " internal_date INTEGER NOT NULL DEFAULT 0,"
                       " sent_date INTEGER,"
                       " size INTEGER NOT NULL DEFAULT 0,"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " sort_subject TEXT NOT NULL DEFAULT '',"
                       " from_addr TEXT NOT NULL DEFAULT '',"
                       " sort_from TEXT NOT NULL DEFAULT '',"
                       " to_addr TEXT NOT NULL DEFAULT '',"
                       " cc_addr TEXT NOT NULL DEFAULT '',"
                       " bcc_addr TEXT NOT NULL DEFAULT '',"
                       " reply_to_addr TEXT NOT NULL DEFAULT '',"
                       " message_id TEXT NOT NULL DEFAULT '',"
                       " in_reply_to TEXT NOT NULL DEFAULT '',"
                       " refs TEXT NOT NULL DEFAULT '',"
                       " list_id TEXT NOT NULL DEFAULT '',"
                       " has_attachment INTEGER NOT NULL DEFAULT 0,"
                       " body_structure BLOB,"
                       " UNIQUE (folder_id, uid))"),
        QStringLiteral("CREATE INDEX messages_by_date ON messages (folder_id, internal_date, uid)"),
        QStringLiteral("CREATE INDEX messages_by_subject ON messages (folder_id, sort_subject, uid)"),
        QStringLiteral("CREATE INDEX messages_by_from ON messages (folder_id, sort_from, uid)"),
        QStringLiteral("CREATE INDEX messages_by_size ON messages (folder_id, size, uid)"),
        QStringLiteral("CREATE INDEX messages_unread ON messages (folder_id) WHERE (flags & 1) = 0"),
        QStringLiteral("CREATE INDEX messages_by_message_id ON messages (message_id)"),
    };
}

QStringList parts()
{
    return {
        // content holds the decoded part; NULL when it is large and lives in parts/<file> instead.
        QStringLiteral("CREATE TABLE parts ("
                       " id INTEGER PRIMARY KEY,"
                       " message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                       " section TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL DEFAULT '',"
                       " charset TEXT NOT NULL DEFAULT '',"
                       " encoding TEXT NOT NULL DEFAULT '',"
                       " size INTEGER NOT NULL DEFAULT 0,"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " content_id TEXT NOT NULL DEFAULT '',"
                       " disposition TEXT NOT NULL DEFAULT '',"
                       " stored_size INTEGER NOT NULL DEFAULT 0,"
                       " content BLOB,"
                       " file TEXT,"
                       " UNIQUE (message, section))"),
        // Files of deleted parts (also through cascades), removed from disk after the commit.
        QStringLiteral("CREATE TABLE dead_part_files (file TEXT PRIMARY KEY NOT NULL)"),
        QStringLiteral("CREATE TRIGGER parts_file_gone AFTER DELETE ON parts WHEN old.file IS NOT NULL BEGIN"
                       " INSERT OR IGNORE INTO dead_part_files (file) VALUES (old.file); END"),
    };
}

QStringList search()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5 (subject, addresses, body,"
                       " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        // New rows are queued here and indexed by SearchIndex::indexPending() in one statement at the end of
        // each batch, or after an initial sync (SearchIndex.h): FTS5 flushes its pending terms at every
        // statement savepoint, so indexing row by row from a trigger costs about twice the rest of an upsert.
        // Since version 5 MessageStore queues them itself, and the trigger below is dropped again.
        QStringLiteral("CREATE TABLE search_pending (id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN"
                       " INSERT OR IGNORE INTO search_pending (id) VALUES (new.id); END"),
        QStringLiteral("CREATE TRIGGER messages_search_update AFTER UPDATE OF subject, from_addr, to_addr, cc_addr"
                       " ON messages WHEN new.subject IS NOT old.subject OR new.from_addr IS NOT old.from_addr"
                       " OR new.to_addr IS NOT old.to_addr OR new.cc_addr IS NOT old.cc_addr BEGIN"
                       " UPDATE message_search SET subject = ")
            + folded(QStringLiteral("new.subject")) + QStringLiteral(", addresses = ") + searchAddresses()
            + QStringLiteral(" WHERE rowid = new.id; END"),
        QStringLiteral("CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
                       " DELETE FROM message_search WHERE rowid = old.id; END"),
    };
}

QStringList offlineQueue()
{
    return {
        QStringLiteral("CREATE TABLE offline_actions ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " payload BLOB NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX offline_actions_by_account ON offline_actions (account_id, id)"),
    };
}

QStringList version1()
{
    return accountsAndFolders() + messages() + parts() + search() + offlineQueue();
}

// Version 2: a narrow covering index for joining search hits to their messages. Going through the
// wide message rows for every hit of a common word cost about as much as ranking them.
QStringList version2()
{
    return {QStringLiteral("CREATE INDEX messages_search_key ON messages (id, internal_date, folder_id, uid)")};
}

// Version 3: the outbox (issue 6). One row per message on its way out, holding the built bytes and the
// SMTP envelope, so that what is sent and appended to Sent is exactly what was stored; `state` is the
// persisted state machine of core/send (OutboxEntry.h explains each state). No foreign key to
// accounts: a message may be queued (kestrel-cli send) before the account was ever synchronised.
// IF NOT EXISTS: a file made to look older by dropping a later index (tst_cache_database) keeps it.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS outbox ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " account_id TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " message_id TEXT NOT NULL,"
                       " mail_from TEXT NOT NULL,"
                       " recipients TEXT NOT NULL,"
                       " message BLOB NOT NULL,"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " origin INTEGER NOT NULL DEFAULT 0,"
                       " origin_folder TEXT NOT NULL DEFAULT '',"
                       " origin_uid INTEGER NOT NULL DEFAULT 0,"
                       " created INTEGER NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt INTEGER NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " filed INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_by_account ON outbox (account_id, id)"),
    };
}

// Version 4: no index on messages.message_id. Nothing looks a message up by its Message-ID (threading
// and UID relinking read a folder's ids and match them in memory), yet every insert paid for the index:
// a random string key, 4.4 MB of a 100k-message cache, one b-tree in ten of an initial sync's writes.
QStringList version4()
{
    return {QStringLiteral("DROP INDEX IF EXISTS messages_by_message_id")};
}

// Version 5: new rows are queued for the search index by MessageStore::writeRows, once per batch, instead of
// by a trigger. The only statement that inserts messages is MessageStore's upsert, and a trigger runs a
// sub-program for every row: 13% of the initial sync's SQLite time (a replay of 100k inserts, 7 runs each:
// 1,210 -> 1,054 ms of CPU).
QStringList version5()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS messages_search_insert")};
}

// Version 6: the search index gathers more new terms in memory before writing them (SearchIndex::
// PendingTermsBytes says why). FTS5 keeps the setting in the table's own config table.
QStringList version6()
{
    return {QStringLiteral("INSERT INTO message_search (message_search, rank) VALUES ('hashsize', %1)")
                .arg(SearchIndex::PendingTermsBytes)};
}

// Version 7: the list's orders by subject, sender and size get their indexes the first time a list is
// sorted that way (SortIndexes, SortIndexBuilder), not up front. Every stored message paid for all three
// whether anyone sorted by them or not: a third of a 100k-message initial sync's CPU time (kestrel-cli
// sync, 6 alternating rounds, medians: 1,906 -> 1,238 ms without them; wall 2,124 -> 1,987 ms).
// Making one afterwards took 56-172 ms for 100k messages (sqlite3 on a synced cache; bench_cache).
QStringList version7()
{
    return {QStringLiteral("DROP INDEX IF EXISTS messages_by_subject"), QStringLiteral("DROP INDEX IF EXISTS messages_by_from"),
            QStringLiteral("DROP INDEX IF EXISTS messages_by_size")};
}

// Version 8: whether the cache held the whole folder when its sync state was stored (FolderSyncState::whole).
// Without it every resync counted the folder's cached messages to find older mail missing (a sync window
// widened): a cold read of 600-800 index pages, ~15-20 ms at 100k messages, before a QRESYNC resync that
// changed nothing could end. Existing folders start unproven: their next sync counts once.
QStringList version8()
{
    return {QStringLiteral("ALTER TABLE folders ADD COLUMN sync_whole INTEGER NOT NULL DEFAULT 0")};
}

std::optional<Error> applyPending(Database &db)
{
    int current = 0;
    if (auto error = db.schemaVersion(current)) // again inside the transaction: another writer may have won
        return error;
    if (current > Schema::latestVersion())
        return StorageError::newerSchema(db.filePath(), current, Schema::latestVersion());
    const QSqlDatabase connection = db.connection();
    for (const Migration &migration : Schema::migrations()) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements) {
            if (auto error = Sql::run(connection, statement))
                return error;
        }
        if (auto error = Sql::run(connection, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return error;
    }
    return std::nullopt;
}

} // namespace

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> list{
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
        {5, version5()},
        {6, version6()},
        {7, version7()},
        {8, version8()},
    };
    return list;
}

int Schema::latestVersion()
{
    return migrations().constLast().version;
}

std::optional<Error> Schema::migrate(Database &db)
{
    int current = 0;
    if (auto error = db.schemaVersion(current))
        return error;
    if (current > latestVersion())
        return StorageError::newerSchema(db.filePath(), current, latestVersion());
    if (current == latestVersion())
        return std::nullopt;
    Transaction transaction(db);
    if (auto error = transaction.begin())
        return error;
    if (auto error = applyPending(db))
        return error;
    return transaction.commit();
}

} // namespace Kestrel

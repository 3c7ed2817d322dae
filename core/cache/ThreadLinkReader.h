#pragma once

#include "cache/MessageListReader.h"
#include "cache/MessageScope.h"
#include "common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kestrel {

class Database;

// What threading needs of one message, and nothing more: a 100k-message folder is read in one narrow
// query (no addresses, no body structure), so the thread tree can be built without loading the rows
// the list shows (those still come in blocks, by id).
struct ThreadLink {
    qint64 id = 0;            // the cache's row id
    QString messageId;
    QString inReplyTo;
    QStringList references;   // oldest first
    qint64 date = 0;          // internal date, ms since the epoch
    QVariant sortKey;         // the value of the list's sort column
};

class ThreadLinkReader
{
public:
    explicit ThreadLinkReader(Database &db);

    // Every message of `scope`, with the sort key of `order.column`, in no particular order.
    std::optional<Error> links(const MessageScope &scope, MessageSortColumn column, QList<ThreadLink> &links) const;
    // The list rows of the given cache ids, in no particular order (blocks of a threaded list).
    std::optional<Error> summaries(const QList<qint64> &ids, QList<MessageSummary> &rows) const;

private:
    Database &m_db;
};

} // namespace Kestrel

#pragma once

#include "cache/MessageScope.h"
#include "common/Error.h"
#include "common/MessageSummary.h"

#include <QList>
#include <QString>

#include <optional>

namespace Kestrel {

class Database;

enum class MessageSortColumn {
    Date,    // internal (arrival) date: what "newest first" means
    Subject, // without Re:/Fwd:, case-folded
    From,    // the first sender's name (else address), case-folded
    Size,
};

struct MessageOrder {
    MessageSortColumn column = MessageSortColumn::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// Reads for the message list model. Ties are broken by UID in the same direction, so pages are stable;
// they are cheap at any folder size once the order's index on (folder_id, key, uid) exists: by date
// always, the others from the first time a list is sorted that way (SortIndexes).
// Page rows leave bodyStructure empty; message() and messageById() fill it.
class MessageListReader
{
public:
    explicit MessageListReader(Database &db);

    std::optional<Error> count(qint64 folderId, int &count) const;
    // The same for a scope: several folders and / or a quick filter (MessageScope::whereClause).
    std::optional<Error> count(const MessageScope &scope, int &count) const;
    std::optional<Error> page(const MessageScope &scope, const MessageOrder &order, int offset, int limit,
                              QList<MessageSummary> &rows) const;
    // LIMIT/OFFSET: fine for the first pages and for jumps; use pageAfter() to scroll on.
    std::optional<Error> page(qint64 folderId, const MessageOrder &order, int offset, int limit,
                              QList<MessageSummary> &rows) const;
    // The UIDs of every message of `scope` (e.g. the unread ones of a folder, for "mark all read").
    std::optional<Error> uids(const MessageScope &scope, QList<quint32> &uids) const;
    // Keyset paging: the `limit` rows that follow `last` (the last row of the previous page) in `order`.
    std::optional<Error> pageAfter(qint64 folderId, const MessageOrder &order, const MessageSummary &last, int limit,
                                   QList<MessageSummary> &rows) const;
    std::optional<Error> message(qint64 folderId, quint32 uid, std::optional<MessageSummary> &message) const;
    std::optional<Error> messageById(qint64 id, std::optional<MessageSummary> &message) const;

    // The indexed column of `messages m` behind a sort order ("m.internal_date", ...).
    static QString sortColumnSql(MessageSortColumn column);

private:
    std::optional<Error> select(const QString &tail, const QVariantList &values, bool withBodyStructure,
                                QList<MessageSummary> &rows) const;

    Database &m_db;
};

} // namespace Kestrel

#pragma once

#include "common/MessageSummary.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Kestrel {

class MessageRows;

// The mapping between MessageSummary and the `messages` table, in one place: the upsert statement and
// its bindings, the select list and reading a row back.
class MessageColumns
{
public:
    // INSERT ... VALUES (row 0), (row 1), ... ON CONFLICT (folder_id, uid) DO UPDATE: a known UID keeps its
    // row id (and so its parts). Several rows per statement: each statement opens a savepoint, and at
    // every savepoint FTS5 flushes its pending index data, so one row per statement costs twice as much.
    static QString upsertSql(int rows);
    // Appends one row's values for upsertSql to `rows`, in column order.
    static constexpr int UpsertColumnCount = 22;
    static void appendUpsertRow(MessageRows &rows, qint64 folderId, const MessageSummary &message);

    // Columns for `read`, over `messages m JOIN folders f`. Without the body structure for list pages.
    static QString selectList(bool withBodyStructure);
    static MessageSummary read(const QSqlQuery &query, bool withBodyStructure);

    // Sort keys: the case-folded subject without reply / forward prefixes, the first sender's name.
    static QString sortSubject(const QString &subject);
    static QString sortFrom(const AddressList &from);

    static QDateTime fromDbDate(const QVariant &value);
};

} // namespace Kestrel

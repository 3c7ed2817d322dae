#include "cache/MessageListReader.h"

#include "cache/Database.h"
#include "cache/MessageColumns.h"
#include "cache/Sql.h"

#include <QSqlQuery>

namespace Kestrel {

QString MessageListReader::sortColumnSql(MessageSortColumn column)
{
    switch (column) {
    case MessageSortColumn::Subject:
        return QStringLiteral("m.sort_subject");
    case MessageSortColumn::From:
        return QStringLiteral("m.sort_from");
    case MessageSortColumn::Size:
        return QStringLiteral("m.size");
    case MessageSortColumn::Date:
        break;
    }
    return QStringLiteral("m.internal_date");
}

namespace {

QVariant sortValue(MessageSortColumn column, const MessageSummary &row)
{
    switch (column) {
    case MessageSortColumn::Subject:
        return MessageColumns::sortSubject(row.subject);
    case MessageSortColumn::From:
        return MessageColumns::sortFrom(row.from);
    case MessageSortColumn::Size:
        return qint64(row.size);
    case MessageSortColumn::Date:
        break;
    }
    return row.internalDate.isValid() ? row.internalDate.toMSecsSinceEpoch() : qint64(0);
}

QString orderBy(const MessageOrder &order)
{
    const QString direction = order.order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return QStringLiteral(" ORDER BY %1 %2, m.uid %2").arg(MessageListReader::sortColumnSql(order.column), direction);
}

} // namespace

MessageListReader::MessageListReader(Database &db)
    : m_db(db)
{
}

std::optional<Error> MessageListReader::select(const QString &tail, const QVariantList &values,
                                               bool withBodyStructure, QList<MessageSummary> &rows) const
{
    rows.clear();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT ") + MessageColumns::selectList(withBodyStructure)
                                             + QStringLiteral(" FROM messages m JOIN folders f ON f.id = m.folder_id ")
                                             + tail))
        return error;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next())
        rows.append(MessageColumns::read(query, withBodyStructure));
    return std::nullopt;
}

std::optional<Error> MessageListReader::count(qint64 folderId, int &count) const
{
    QVariant value;
    if (auto error = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM messages WHERE folder_id = ?"),
                                 {folderId}, value))
        return error;
    count = value.toInt();
    return std::nullopt;
}

std::optional<Error> MessageListReader::count(const MessageScope &scope, int &count) const
{
    QVariantList values;
    const QString where = scope.whereClause(values);
    QVariant value;
    if (auto error = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM messages m WHERE ") + where,
                                 values, value))
        return error;
    count = value.toInt();
    return std::nullopt;
}

std::optional<Error> MessageListReader::page(const MessageScope &scope, const MessageOrder &order, int offset, int limit,
                                             QList<MessageSummary> &rows) const
{
    QVariantList values;
    const QString where = scope.whereClause(values);
    values << limit << offset;
    return select(QStringLiteral("WHERE ") + where + orderBy(order) + QStringLiteral(" LIMIT ? OFFSET ?"), values, false,
                  rows);
}

std::optional<Error> MessageListReader::uids(const MessageScope &scope, QList<quint32> &uids) const
{
    uids.clear();
    QVariantList values;
    const QString where = scope.whereClause(values);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT m.uid FROM messages m WHERE ") + where
                                             + QStringLiteral(" ORDER BY m.uid")))
        return error;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next())
        uids << quint32(query.value(0).toLongLong());
    return std::nullopt;
}

std::optional<Error> MessageListReader::page(qint64 folderId, const MessageOrder &order, int offset, int limit,
                                             QList<MessageSummary> &rows) const
{
    return select(QStringLiteral("WHERE m.folder_id = ?") + orderBy(order) + QStringLiteral(" LIMIT ? OFFSET ?"),
                  {folderId, limit, offset}, false, rows);
}

std::optional<Error> MessageListReader::pageAfter(qint64 folderId, const MessageOrder &order,
                                                  const MessageSummary &last, int limit,
                                                  QList<MessageSummary> &rows) const
{
    const QString where = QStringLiteral("WHERE m.folder_id = ? AND (%1, m.uid) %2 (?, ?)")
                              .arg(MessageListReader::sortColumnSql(order.column), order.order == Qt::DescendingOrder ? QStringLiteral("<")
                                                                                                 : QStringLiteral(">"));
    return select(where + orderBy(order) + QStringLiteral(" LIMIT ?"),
                  {folderId, sortValue(order.column, last), qint64(last.uid), limit}, false, rows);
}

std::optional<Error> MessageListReader::message(qint64 folderId, quint32 uid,
                                                std::optional<MessageSummary> &message) const
{
    QList<MessageSummary> rows;
    message.reset();
    if (auto error = select(QStringLiteral("WHERE m.folder_id = ? AND m.uid = ?"), {folderId, qint64(uid)}, true, rows))
        return error;
    if (!rows.isEmpty())
        message = rows.constFirst();
    return std::nullopt;
}

std::optional<Error> MessageListReader::messageById(qint64 id, std::optional<MessageSummary> &message) const
{
    QList<MessageSummary> rows;
    message.reset();
    if (auto error = select(QStringLiteral("WHERE m.id = ?"), {id}, true, rows))
        return error;
    if (!rows.isEmpty())
        message = rows.constFirst();
    return std::nullopt;
}

} // namespace Kestrel

#include "cache/ThreadLinkReader.h"

#include "cache/AddressCodec.h"
#include "cache/Database.h"
#include "cache/MessageColumns.h"
#include "cache/Sql.h"

#include <QSqlQuery>

namespace Kestrel {
ThreadLinkReader::ThreadLinkReader(Database &db)
    : m_db(db)
{
}

std::optional<Error> ThreadLinkReader::links(const MessageScope &scope, MessageSortColumn column,
                                             QList<ThreadLink> &links) const
{
    links.clear();
    QVariantList values;
    const QString where = scope.whereClause(values);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT m.id, m.message_id, m.in_reply_to, m.refs, m.internal_date, %1"
                                                        " FROM messages m WHERE %2")
                                             .arg(MessageListReader::sortColumnSql(column), where)))
        return error;
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next()) {
        ThreadLink link;
        link.id = query.value(0).toLongLong();
        link.messageId = query.value(1).toString();
        link.inReplyTo = query.value(2).toString();
        const QString refs = query.value(3).toString();
        if (!refs.isEmpty())
            link.references = AddressCodec::decodeWords(refs);
        link.date = query.value(4).toLongLong();
        link.sortKey = query.value(5);
        links.append(std::move(link));
    }
    return std::nullopt;
}

std::optional<Error> ThreadLinkReader::summaries(const QList<qint64> &ids, QList<MessageSummary> &rows) const
{
    rows.clear();
    if (ids.isEmpty())
        return std::nullopt;
    QStringList marks;
    marks.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT ") + MessageColumns::selectList(false)
                                             + QStringLiteral(" FROM messages m JOIN folders f ON f.id = m.folder_id"
                                                              " WHERE m.id IN (%1)")
                                                   .arg(marks.join(QLatin1Char(',')))))
        return error;
    for (const qint64 id : ids)
        query.addBindValue(id);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next())
        rows.append(MessageColumns::read(query, false));
    return std::nullopt;
}

} // namespace Kestrel

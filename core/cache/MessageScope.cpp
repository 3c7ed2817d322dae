#include "cache/MessageScope.h"

#include "cache/FtsQuery.h"
#include "cache/PendingSearchMatch.h"
#include "common/MessageFlags.h"

#include <QStringList>

namespace Kestrel {

bool MessageFilter::isEmpty() const
{
    return !unreadOnly && !flaggedOnly && !withAttachment && FtsQuery::fromUserText(text).isEmpty();
}

QString MessageScope::whereClause(QVariantList &values) const
{
    QStringList conditions;
    if (folderIds.size() == 1) {
        conditions << QStringLiteral("m.folder_id = ?"); // the per-folder sort indexes apply directly
        values << folderIds.constFirst();
    } else {
        QStringList marks;
        for (const qint64 id : folderIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        conditions << QStringLiteral("m.folder_id IN (%1)").arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(',')));
    }
    if (filter.unreadOnly)
        conditions << QStringLiteral("(m.flags & %1) = 0").arg(int(MessageFlag::Seen)); // the messages_unread index
    if (filter.flaggedOnly)
        conditions << QStringLiteral("(m.flags & %1) != 0").arg(int(MessageFlag::Flagged));
    if (filter.withAttachment)
        conditions << QStringLiteral("m.has_attachment = 1");
    const QString match = FtsQuery::fromUserText(filter.text);
    if (!match.isEmpty()) {
        // The hits' row ids come from the index; messages are then found by primary key, so the cost
        // follows the number of hits, not the size of the folder. Messages the index does not hold yet
        // (search_pending, right after an initial sync) are tested one by one (SearchIndex.h).
        conditions << QStringLiteral("m.id IN (SELECT rowid FROM message_search WHERE message_search MATCH ?"
                                     " UNION ALL SELECT q.id FROM ")
                + PendingSearchMatch::queuedMatchesSql(QStringLiteral("q")) + QLatin1Char(')');
        values << match << match;
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace Kestrel

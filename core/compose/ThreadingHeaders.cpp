#include "compose/ThreadingHeaders.h"

#include <QSet>

namespace Kestrel::Compose {
namespace {

bool isMessageId(const QString &id)
{
    return id.size() > 2 && id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>'));
}

} // namespace

QStringList ThreadingHeaders::references(const MessageSummary &parent)
{
    QStringList ids = parent.references;
    if (ids.isEmpty() && !parent.inReplyTo.isEmpty())
        ids.append(parent.inReplyTo);
    ids.append(parent.messageId);
    return trimmed(ids);
}

QStringList ThreadingHeaders::trimmed(const QStringList &ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &id : ids) {
        const QString clean = id.trimmed();
        if (isMessageId(clean) && !seen.contains(clean)) {
            seen.insert(clean);
            unique.append(clean);
        }
    }
    if (unique.size() <= MaxReferences)
        return unique;
    return QStringList{unique.constFirst()} + unique.mid(unique.size() - (MaxReferences - 1));
}

} // namespace Kestrel::Compose

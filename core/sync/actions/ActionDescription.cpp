#include "sync/actions/ActionDescription.h"

#include "sync/actions/ActionPayload.h"

#include <QStringList>

namespace Kestrel::Sync {

QString describeAction(const OfflineAction &queued)
{
    const auto action = decodePayload(queued.kind, queued.payload);
    if (!action)
        return QString::fromUtf8(queued.payload);
    QString text = action->folder;
    if (!action->uids.isEmpty()) {
        QStringList uids;
        for (quint32 uid : action->uids)
            uids << QString::number(uid);
        text += QLatin1Char(' ') + uids.join(QLatin1Char(','));
    }
    for (const QString &flag : action->addFlags)
        text += QStringLiteral(" +") + flag;
    for (const QString &flag : action->removeFlags)
        text += QStringLiteral(" -") + flag;
    if (!action->target.isEmpty())
        text += QStringLiteral(" -> ") + action->target;
    return text;
}

} // namespace Kestrel::Sync

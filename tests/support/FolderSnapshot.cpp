#include "FolderSnapshot.h"

#include <QSet>

#include <algorithm>

namespace Kestrel::Test {
namespace {

QString describe(quint32 uid, const FolderSnapshot::Message &message)
{
    return QStringLiteral("UID %1 %2 %3 bytes (%4)")
        .arg(uid)
        .arg(message.messageId.isEmpty() ? QStringLiteral("<no Message-ID>") : message.messageId)
        .arg(message.size)
        .arg(message.flags.join(QLatin1Char(' ')));
}

} // namespace

QString FolderSnapshot::diff(const FolderSnapshot &server, const FolderSnapshot &cache, int maxLines)
{
    if (!server.error.isEmpty() || !cache.error.isEmpty())
        return QStringLiteral("no comparison: server: %1; cache: %2").arg(server.error, cache.error);
    QStringList lines;
    if (server.uidValidity != cache.uidValidity)
        lines << QStringLiteral("UIDVALIDITY: server %1, cache %2").arg(server.uidValidity).arg(cache.uidValidity);
    QList<quint32> uids = server.messages.keys() + cache.messages.keys();
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    for (quint32 uid : std::as_const(uids)) {
        const auto onServer = server.messages.constFind(uid);
        const auto inCache = cache.messages.constFind(uid);
        if (inCache == cache.messages.cend()) {
            lines << QStringLiteral("only on server: ") + describe(uid, *onServer);
            continue;
        }
        if (onServer == server.messages.cend()) {
            lines << QStringLiteral("only in cache: ") + describe(uid, *inCache);
            continue;
        }
        if (onServer->flags != inCache->flags)
            lines << QStringLiteral("UID %1: flags server (%2), cache (%3)")
                         .arg(uid)
                         .arg(onServer->flags.join(QLatin1Char(' ')), inCache->flags.join(QLatin1Char(' ')));
        if (onServer->messageId != inCache->messageId)
            lines << QStringLiteral("UID %1: Message-ID server %2, cache %3").arg(uid).arg(onServer->messageId, inCache->messageId);
        if (onServer->size != inCache->size)
            lines << QStringLiteral("UID %1: size server %2, cache %3").arg(uid).arg(onServer->size).arg(inCache->size);
    }
    if (lines.isEmpty())
        return {};
    const qsizetype total = lines.size();
    if (total > maxLines) {
        lines.resize(maxLines);
        lines << QStringLiteral("... and %1 more differences").arg(total - maxLines);
    }
    return QStringLiteral("cache differs from server (%1 on server, %2 in cache):\n  ")
               .arg(server.messages.size())
               .arg(cache.messages.size())
        + lines.join(QStringLiteral("\n  "));
}

} // namespace Kestrel::Test

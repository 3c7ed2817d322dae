#include "CacheSnapshot.h"

#include "ServerSnapshot.h"

#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"

#include <limits>

namespace Kestrel::Test {
namespace {

QStringList flagNames(const MessageFlags &flags)
{
    QStringList names;
    const auto add = [&](MessageFlag flag, const char *name) {
        if (flags.system.testFlag(flag))
            names << QString::fromLatin1(name);
    };
    add(MessageFlag::Seen, "\\Seen");
    add(MessageFlag::Answered, "\\Answered");
    add(MessageFlag::Flagged, "\\Flagged");
    add(MessageFlag::Deleted, "\\Deleted");
    add(MessageFlag::Draft, "\\Draft");
    names += flags.keywords;
    names.sort();
    return names;
}

} // namespace

FolderSnapshot CacheSnapshot::read(Database &database, const QString &accountId, const QString &folder)
{
    FolderSnapshot snapshot;
    std::optional<FolderInfo> info;
    if (auto error = FolderStore(database).findFolder(accountId, folder, info)) {
        snapshot.error = error->toString();
        return snapshot;
    }
    if (!info) {
        snapshot.error = QStringLiteral("the cache has no folder ") + folder;
        return snapshot;
    }
    snapshot.uidValidity = info->sync.uidValidity;
    QList<MessageSummary> rows;
    if (auto error = MessageListReader(database).page(info->id, MessageOrder(), 0, std::numeric_limits<int>::max(), rows)) {
        snapshot.error = error->toString();
        return snapshot;
    }
    for (const MessageSummary &row : std::as_const(rows)) {
        if (snapshot.messages.contains(row.uid))
            snapshot.error = QStringLiteral("the cache holds UID %1 twice").arg(row.uid);
        snapshot.messages.insert(row.uid, {flagNames(row.flags), row.messageId, row.size});
    }
    return snapshot;
}

QString CacheSnapshot::compare(quint16 imapPort, const QString &user, const QString &password, Database &database,
                               const QString &accountId, const QString &folder)
{
    return FolderSnapshot::diff(ServerSnapshot::read(imapPort, user, password, folder), read(database, accountId, folder));
}

} // namespace Kestrel::Test

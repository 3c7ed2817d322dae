#include "send/OriginFlag.h"

#include "cache/OfflineQueue.h"
#include "sync/actions/ActionPayload.h"
#include "sync/actions/MessageActions.h"

namespace Kestrel::Send {

std::optional<Error> OriginFlag::queue(Database &db, const OutboxEntry &entry)
{
    if (entry.origin == OutgoingMessage::Origin::New || entry.originFolder.isEmpty() || entry.originUid == 0)
        return std::nullopt;
    const QString flag = entry.origin == OutgoingMessage::Origin::Reply ? QStringLiteral("\\Answered")
                                                                        : QStringLiteral("$Forwarded");
    // The usual way, cache included, when the original is cached; MessageActions changes nothing if not.
    if (!Sync::MessageActions(db, entry.accountId).changeFlags(entry.originFolder, {entry.originUid}, {flag}, {}))
        return std::nullopt;
    // Not cached (e.g. answered from `kestrel-cli send`): queued for the server only, UIDVALIDITY unknown.
    Sync::QueuedAction action;
    action.kind = Sync::ActionKind::Flags;
    action.folder = entry.originFolder;
    action.uids = {entry.originUid};
    action.addFlags = {flag};
    qint64 id = 0;
    return OfflineQueue(db).enqueue(entry.accountId, Sync::kindName(action.kind), Sync::encodePayload(action), id);
}

} // namespace Kestrel::Send

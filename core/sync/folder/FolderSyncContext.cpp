#include "sync/folder/FolderSyncContext.h"

#include "cache/FlagDiffStore.h"
#include "cache/MessageListReader.h"
#include "sync/folder/LiveChanges.h"

#include <algorithm>
#include <limits>

namespace Kestrel::Sync {

FolderSyncContext::FolderSyncContext(Imap::ImapSession &session_, Database &database_, LiveChanges &live_)
    : session(session_)
    , database(database_)
    , live(live_)
{
}

std::optional<Error> FolderSyncContext::loadCached(quint32 fromUid)
{
    fromUid = qMax<quint32>(fromUid, 1);
    if (m_cachedFrom && *m_cachedFrom <= fromUid)
        return std::nullopt;
    // Only the part not read yet: what was read is kept current by the writes made through here.
    const quint32 high = m_cachedFrom ? *m_cachedFrom - 1 : std::numeric_limits<quint32>::max();
    QList<quint32> uids;
    if (auto error = MessageStore(database).uidsBetween(folder.id, fromUid, high, uids))
        return error;
    if (m_cached.isEmpty())
        m_cached = QSet<quint32>(uids.cbegin(), uids.cend());
    else
        m_cached.unite(QSet<quint32>(uids.cbegin(), uids.cend()));
    m_cachedFrom = fromUid;
    return std::nullopt;
}

void FolderSyncContext::forgetCached()
{
    m_cached.clear();
    m_cachedFrom.reset();
    m_count.reset();
}

void FolderSyncContext::addCached(quint32 uid)
{
    if (!m_cached.contains(uid) && m_count)
        ++*m_count;
    m_cached.insert(uid);
}

std::optional<Error> FolderSyncContext::countCached(qsizetype &count)
{
    if (m_cachedFrom == 1u) {
        count = m_cached.size();
        return std::nullopt;
    }
    if (!m_count) {
        int counted = 0;
        if (auto error = MessageListReader(database).count(folder.id, counted))
            return error;
        m_count = counted;
    }
    count = *m_count;
    return std::nullopt;
}

std::optional<Error> FolderSyncContext::remove(const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return std::nullopt;
    if (auto error = loadCached(*std::min_element(uids.cbegin(), uids.cend())))
        return error;
    QList<quint32> present;
    for (quint32 uid : uids) {
        if (m_cached.contains(uid))
            present << uid;
    }
    if (present.isEmpty())
        return std::nullopt;
    int removed = 0;
    if (auto error = MessageStore(database).removeUids(folder.id, present, std::nullopt, &removed))
        return error;
    for (quint32 uid : std::as_const(present))
        m_cached.remove(uid);
    if (m_count)
        *m_count -= removed;
    counts.removed += removed;
    return std::nullopt;
}

std::optional<Error> FolderSyncContext::applyFlags(const QList<FlagUpdate> &updates, bool count)
{
    int changed = 0;
    if (auto error = FlagDiffStore(database).apply(folder.id, updates, changed))
        return error;
    if (count)
        counts.changed += changed;
    return std::nullopt;
}

std::optional<Error> FolderSyncContext::flushLive()
{
    if (live.isEmpty())
        return std::nullopt;
    if (auto error = loadCached())
        return error;
    if (auto error = remove(live.vanishedAmong(m_cached)))
        return error;
    return applyFlags(live.takeFlagsFor(m_cached));
}

} // namespace Kestrel::Sync

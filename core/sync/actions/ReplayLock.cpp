#include "sync/actions/ReplayLock.h"

namespace Kestrel::Sync {

ReplayLock::ReplayLock(const QString &databaseFilePath, const QString &accountId)
    : m_file(filePath(databaseFilePath, accountId))
{
    // A replay can take long on a slow server; only a dead owner makes the lock stale, never its age.
    m_file.setStaleLockTime(0);
}

bool ReplayLock::tryLock()
{
    return m_file.isLocked() || m_file.tryLock(0);
}

void ReplayLock::unlock()
{
    if (m_file.isLocked())
        m_file.unlock();
}

QString ReplayLock::filePath(const QString &databaseFilePath, const QString &accountId)
{
    // Account ids are ours, but hex keeps any character out of the file name.
    return databaseFilePath + QStringLiteral(".replay-") + QString::fromLatin1(accountId.toUtf8().toHex()) + QStringLiteral(".lock");
}

} // namespace Kestrel::Sync

#pragma once

#include <QLockFile>
#include <QString>

namespace Kestrel::Sync {

// Only one process at a time sends an account's offline queue. The GUI's account worker and a
// kestrel-cli started beside it share one profile; two replayers reading the same first action would
// both send it, and not every action is harmless twice (a folder created twice fails, a move done twice
// reports a vanished message, an APPEND would store a copy twice). The lock is a file beside the cache
// (QLockFile: a lock whose process died is taken over, so a crash never blocks the queue for good).
class ReplayLock
{
public:
    ReplayLock(const QString &databaseFilePath, const QString &accountId);

    // Never waits: false while another replay (in this or another process) holds the lock.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_file.isLocked(); }

    static QString filePath(const QString &databaseFilePath, const QString &accountId);

private:
    QLockFile m_file;
};

} // namespace Kestrel::Sync

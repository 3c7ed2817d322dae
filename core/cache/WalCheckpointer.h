#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

struct sqlite3;

namespace Kestrel {

// Copies a cache file's write-ahead log back into the database on a thread of its own, so that no
// commit waits for it.
//
// Why: SQLite's default (wal_autocheckpoint) runs the checkpoint inside the commit that takes the log past
// 1,000 pages, on the thread that committed. For the sync engine that is the thread the user waits for: a
// resync that stores 1,000 changed flags spent 15-19 ms of its 20-25 ms commit checkpointing (issue 8,
// measured with the checkpoint switched off). The initial sync of 100k messages gained ~16% in one
// alternation of the binaries and nothing measurable in another, in a slow spell of the VM.
//
// How: attach() replaces a writing connection's automatic checkpoint with a commit hook. A commit that
// leaves thresholdPages or more in the log queues a PASSIVE checkpoint of its file, which one thread
// (started on the first request) runs on a connection of its own, open only for it. PASSIVE never waits for
// the writer or readers: whatever it cannot copy yet is copied by a later request. Should the log still
// reach hardLimitPages (the thread cannot keep up, or could not open the file), the commit that finds it
// so checkpoints inline, as SQLite's default would have; the log stays bounded either way.
//
// Database attaches every connection it opens ReadWrite to instance(); tests make instances of their own.
class WalCheckpointer
{
    Q_DISABLE_COPY_MOVE(WalCheckpointer)
public:
    static constexpr int DefaultThresholdPages = 1000; // SQLite's own default for wal_autocheckpoint
    static constexpr int DefaultHardLimitPages = 10000; // ~40 MB of log at 4 KiB pages

    explicit WalCheckpointer(int thresholdPages = DefaultThresholdPages, int hardLimitPages = DefaultHardLimitPages);
    // Stops the thread (after a checkpoint in progress) and gives writers still attached SQLite's automatic
    // checkpoint back.
    ~WalCheckpointer();

    static WalCheckpointer &instance();

    // `writer` is an open connection to filePath that may write. Each attach needs a detach before the
    // connection closes.
    void attach(sqlite3 *writer, const QString &filePath);
    // Gives `writer` back SQLite's automatic checkpoint. When it was its file's last attached writer, waits
    // for that file's checkpoint in progress (and drops a queued one), so that the closing connection can
    // still be the file's last and remove the log.
    void detach(sqlite3 *writer);

    // Waits for a checkpoint in progress and ends the thread; later commits past the threshold checkpoint
    // inline. instance() is stopped when the QCoreApplication is destroyed.
    void stop();

    // Checkpoints of filePath that the thread finished (tests and benchmarks).
    quint64 completedCheckpoints(const QString &filePath) const;
    // Waits until no checkpoint of filePath is queued or running; false when timeoutMs passed first.
    bool waitUntilIdle(const QString &filePath, int timeoutMs) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kestrel

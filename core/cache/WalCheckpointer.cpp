#include "cache/WalCheckpointer.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace Kestrel {
namespace {

Q_LOGGING_CATEGORY(lcCheckpoint, "kestrel.cache.checkpoint")

// One database file with attached writers.
struct FileState
{
    int writers = 0;
    bool queued = false;
    bool running = false;
    bool unavailable = false; // the thread could not open the file: commits checkpoint inline
    quint64 completed = 0;
};

} // namespace

struct WalCheckpointer::Private
{
    // What the commit hook of one attached connection needs; owned here so the pointer SQLite keeps stays valid.
    struct Writer
    {
        Private *owner;
        QString filePath;
    };

    int thresholdPages;
    int hardLimitPages;
    mutable std::mutex mutex;
    mutable std::condition_variable changed; // the thread, detach() and waitUntilIdle() all wait on it
    std::map<QString, FileState> files;
    std::map<sqlite3 *, std::unique_ptr<Writer>> writers;
    std::thread thread;
    bool stopping = false;

    static int onCommit(void *context, sqlite3 *db, const char *schema, int pages);
    // True when the thread will checkpoint filePath; false when the caller has to.
    bool request(const QString &filePath);
    void run();
    // 1: done, 0: SQLite refused or failed, -1: the file could not be opened.
    static int checkpoint(const QString &filePath);
};

// Runs on the committing thread, after the commit (SQLite's wal_hook): must stay cheap.
int WalCheckpointer::Private::onCommit(void *context, sqlite3 *db, const char *schema, int pages)
{
    auto *writer = static_cast<Writer *>(context);
    Private *self = writer->owner;
    if (pages < self->thresholdPages && pages < self->hardLimitPages)
        return SQLITE_OK;
    if (pages >= self->hardLimitPages || !self->request(writer->filePath)) {
        // What SQLite's default hook does; an error here must not fail the commit that already happened.
        const int rc = sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcCheckpoint, "checkpoint of %s failed: %s", qPrintable(writer->filePath), sqlite3_errstr(rc));
    }
    return SQLITE_OK;
}

bool WalCheckpointer::Private::request(const QString &filePath)
{
    std::lock_guard lock(mutex);
    FileState &file = files[filePath];
    if (file.unavailable || stopping)
        return false;
    file.queued = true;
    if (!thread.joinable())
        thread = std::thread([this] { run(); });
    changed.notify_all();
    return true;
}

void WalCheckpointer::Private::run()
{
    std::unique_lock lock(mutex);
    for (;;) {
        auto next = files.end();
        changed.wait(lock, [&] {
            next = std::find_if(files.begin(), files.end(), [](const auto &entry) { return entry.second.queued; });
            return stopping || next != files.end();
        });
        if (stopping)
            return;
        // detach() waits while a file is running, so `file` stays valid with the lock released.
        const QString filePath = next->first;
        FileState &file = next->second;
        file.queued = false;
        file.running = true;
        lock.unlock();
        const int done = checkpoint(filePath);
        lock.lock();
        file.unavailable = done < 0;
        file.completed += done > 0 ? 1 : 0;
        file.running = false;
        changed.notify_all();
    }
}

// On the thread, without the lock, on a connection of its own for this one checkpoint: one kept open
// between checkpoints would stop the file's last other connection from removing the log when it closes,
// including one that a leaked Database leaves for the process's exit. Opening costs well under a
// millisecond, against a checkpoint at most every 1,000 pages of writes.
int WalCheckpointer::Private::checkpoint(const QString &filePath)
{
    sqlite3 *connection = nullptr;
    int rc = sqlite3_open_v2(filePath.toUtf8().constData(), &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcCheckpoint, "cannot open %s to checkpoint it (%s); its commits checkpoint it themselves",
                  qPrintable(filePath), connection ? sqlite3_errmsg(connection) : sqlite3_errstr(rc));
        sqlite3_close_v2(connection);
        return -1;
    }
    // A connection that has read nothing yet has not opened the log, and SQLite's checkpoint of it then
    // returns SQLITE_OK having copied nothing. Reading the schema cookie opens it.
    sqlite3_exec(connection, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    rc = sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    // SQLITE_BUSY: a commit's inline checkpoint is running; the next request copies what is left.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcCheckpoint, "checkpoint of %s failed: %s", qPrintable(filePath), sqlite3_errmsg(connection));
    sqlite3_close_v2(connection);
    return rc == SQLITE_OK ? 1 : 0;
}

WalCheckpointer::WalCheckpointer(int thresholdPages, int hardLimitPages)
    : d(new Private{thresholdPages, hardLimitPages, {}, {}, {}, {}, {}, false})
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
    for (auto &[writer, context] : d->writers)
        sqlite3_wal_autocheckpoint(writer, DefaultThresholdPages);
}

void WalCheckpointer::stop()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        d->changed.notify_all();
    }
    if (d->thread.joinable() && d->thread.get_id() != std::this_thread::get_id())
        d->thread.join();
}

WalCheckpointer &WalCheckpointer::instance()
{
    // Never destroyed: connections may close during static destruction, after an instance would be gone.
    // But stopped with the application: a Database nobody closed is closed by Qt SQL's own clean-up after
    // that, and must then be its file's last connection to remove the log, not find the thread's open
    // mid-checkpoint (a 26 MB log stayed behind each kestrel-cli sync that way). From then on, commits
    // checkpoint themselves, as SQLite's default would.
    static WalCheckpointer *checkpointer = [] {
        auto *created = new WalCheckpointer;
        qAddPostRoutine([] { instance().stop(); });
        return created;
    }();
    return *checkpointer;
}

void WalCheckpointer::attach(sqlite3 *writer, const QString &filePath)
{
    if (!writer)
        return;
    std::lock_guard lock(d->mutex);
    auto &context = d->writers[writer];
    if (context)
        return; // attached already
    context = std::make_unique<Private::Writer>(Private::Writer{d.get(), filePath});
    ++d->files[filePath].writers;
    sqlite3_wal_hook(writer, &Private::onCommit, context.get()); // replaces the automatic checkpoint
}

void WalCheckpointer::detach(sqlite3 *writer)
{
    std::unique_lock lock(d->mutex);
    const auto found = d->writers.find(writer);
    if (found == d->writers.end())
        return;
    sqlite3_wal_autocheckpoint(writer, DefaultThresholdPages); // SQLite's own hook again
    const QString filePath = found->second->filePath;
    d->writers.erase(found);
    FileState &file = d->files[filePath];
    if (--file.writers > 0)
        return;
    // The thread's connection must be gone for the closing one to be the file's last; a queued request
    // is dropped with the file (the closing connection checkpoints what it can itself).
    d->changed.wait(lock, [&file] { return !file.running; });
    d->files.erase(filePath);
}

quint64 WalCheckpointer::completedCheckpoints(const QString &filePath) const
{
    std::lock_guard lock(d->mutex);
    const auto found = d->files.find(filePath);
    return found == d->files.end() ? 0 : found->second.completed;
}

bool WalCheckpointer::waitUntilIdle(const QString &filePath, int timeoutMs) const
{
    std::unique_lock lock(d->mutex);
    return d->changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        const auto found = d->files.find(filePath);
        return found == d->files.end() || (!found->second.queued && !found->second.running);
    });
}

} // namespace Kestrel

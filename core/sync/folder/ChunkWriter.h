#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <optional>

namespace Kestrel::Sync {

// Stores a folder's initial fetch chunk by chunk on a thread of its own, with its own connection to the
// same cache file, so that reading and parsing the next chunk from the socket overlaps storing this one:
// on one thread the sync was CPU-bound, SQLite taking ~45% of it (perf, 100k messages, issue 8).
// Batches are stored in the order they are handed over, each in one transaction with the state given
// with it, and stored() reports each, in order, on the thread that made the writer. The search index
// is left for afterwards (MessageStore::Indexing::Deferred, SearchIndexCatchUp).
class ChunkWriter : public QObject
{
    Q_OBJECT
public:
    explicit ChunkWriter(QString cachePath, QObject *parent = nullptr);
    // Stores what was handed over, then ends the thread; blocks until it has.
    ~ChunkWriter() override;

    // At most this many batches wait for the writer: a caller parsing faster than SQLite stores blocks in
    // store() until one is committed, so a large folder's backlog does not pile up in memory (100k
    // messages without the bound: +50 MB peak RSS; the socket's flow control slows the server meanwhile).
    static constexpr int MaxBacklog = 4;

    // Hands the batch over; blocks while MaxBacklog batches are waiting (never on the GUI thread: the
    // sync runs on its worker thread).
    void store(qint64 folderId, const QList<MessageSummary> &batch, const std::optional<FolderSyncState> &state);
    // Batches handed over whose stored() has not been emitted yet.
    int outstanding() const { return m_outstanding; }

signals:
    // `count` messages of one batch are committed (or `error` says why not; later batches are still tried).
    void stored(int count, const std::optional<Kestrel::Error> &error);

private:
    class Writer;

    QThread m_thread;
    Writer *m_writer = nullptr;
    int m_outstanding = 0;    // handed over, stored() not emitted yet (this object's thread only)
    QMutex m_backlogMutex;    // guards the two counts below, shared with the writer thread
    QWaitCondition m_batchDone;
    qint64 m_handedOver = 0;
    qint64 m_done = 0;        // batches the writer has finished, stored or failed
};

} // namespace Kestrel::Sync

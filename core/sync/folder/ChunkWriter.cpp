#include "sync/folder/ChunkWriter.h"

#include "cache/Database.h"
#include "cache/MessageRows.h"
#include "cache/MessageStore.h"

#include <memory>

namespace Kestrel::Sync {

// Lives in ChunkWriter's thread; opens its connection there on first use, as Qt SQL requires.
class ChunkWriter::Writer : public QObject
{
public:
    explicit Writer(QString cachePath)
        : m_cachePath(std::move(cachePath))
    {
    }

    std::optional<Error> store(qint64 folderId, const MessageRows &rows, const std::optional<FolderSyncState> &state)
    {
        if (!m_database.isOpen()) {
            if (auto error = m_database.open(m_cachePath))
                return error;
        }
        if (!m_store) // kept for the connection's lifetime: its upsert statements are prepared once
            m_store = std::make_unique<MessageStore>(m_database);
        return m_store->upsertRows(folderId, rows, state, MessageStore::Indexing::Deferred);
    }

    void close()
    {
        m_store.reset(); // its statements before the connection they were prepared on
        m_database.close();
    }

private:
    QString m_cachePath;
    Database m_database;
    std::unique_ptr<MessageStore> m_store;
};

ChunkWriter::ChunkWriter(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_writer(new Writer(std::move(cachePath)))
{
    m_thread.setObjectName(QStringLiteral("kestrel-chunk-writer"));
    m_writer->moveToThread(&m_thread);
    m_thread.start();
}

ChunkWriter::~ChunkWriter()
{
    // Queued behind the batches handed over: they are stored first, then the connection closes on its thread.
    Writer *writer = m_writer;
    QMetaObject::invokeMethod(writer, [writer] {
        writer->close();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_writer;
}

void ChunkWriter::store(qint64 folderId, const QList<MessageSummary> &batch, const std::optional<FolderSyncState> &state)
{
    {
        QMutexLocker lock(&m_backlogMutex);
        while (m_handedOver - m_done >= MaxBacklog)
            m_batchDone.wait(&m_backlogMutex);
        ++m_handedOver;
    }
    ++m_outstanding;
    Writer *writer = m_writer;
    // Made here, on the caller's thread (MessageRows says why); the summaries are freed here too.
    MessageRows rows(folderId, batch);
    // The destructor waits for the thread, so `this` outlives the lambda; the report posted back to it is
    // dropped by Qt if it is deleted before that runs.
    QMetaObject::invokeMethod(writer, [this, writer, folderId, rows = std::move(rows), state] {
        const std::optional<Error> error = writer->store(folderId, rows, state);
        const int count = error ? 0 : int(rows.size());
        {
            QMutexLocker lock(&m_backlogMutex);
            ++m_done;
        }
        m_batchDone.wakeAll();
        QMetaObject::invokeMethod(this, [this, count, error] {
            --m_outstanding;
            emit stored(count, error);
        });
    });
}

} // namespace Kestrel::Sync

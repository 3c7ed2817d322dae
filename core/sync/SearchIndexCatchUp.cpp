#include "sync/SearchIndexCatchUp.h"

#include "cache/SearchIndex.h"
#include "cache/Transaction.h"

#include <QTimer>

namespace Kestrel::Sync {

SearchIndexCatchUp::SearchIndexCatchUp(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

void SearchIndexCatchUp::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &SearchIndexCatchUp::nextBatch);
}

std::optional<Error> SearchIndexCatchUp::indexBatch(Database &database, int limit, qint64 &remaining)
{
    Transaction transaction(database);
    if (auto error = transaction.begin())
        return error;
    if (auto error = SearchIndex(database).indexPending(limit, &remaining))
        return error;
    return transaction.commit();
}

void SearchIndexCatchUp::nextBatch()
{
    qint64 remaining = 0;
    const std::optional<Error> error = indexBatch(m_database, BatchRows, remaining);
    if (!error && remaining > 0) {
        QTimer::singleShot(0, this, &SearchIndexCatchUp::nextBatch);
        return;
    }
    // A failure (a full disk, say) leaves the rest queued: searches still find it, the next sync retries.
    m_running = false;
    emit finished(error);
}

} // namespace Kestrel::Sync

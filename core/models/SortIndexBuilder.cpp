#include "models/SortIndexBuilder.h"

#include "cache/Database.h"
#include "cache/SortIndexes.h"

namespace Kestrel {

SortIndexBuilder::SortIndexBuilder(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
{
    m_pool.setMaxThreadCount(1);
}

SortIndexBuilder::~SortIndexBuilder()
{
    m_pool.clear(); // those not started yet are not needed any more
    m_pool.waitForDone();
}

void SortIndexBuilder::build(MessageSortColumn column)
{
    if (SortIndexes::name(column).isEmpty() || isBuilding(column))
        return;
    m_building.insert(int(column));
    m_pool.start([this, column, path = m_cachePath] {
        std::optional<Error> error;
        {
            Database connection; // SQLite connections belong to one thread: this one is the pool's
            error = connection.open(path);
            if (!error)
                error = SortIndexes::create(connection, column);
        }
        // The destructor waits for this job, so the builder is still there to receive the result.
        QMetaObject::invokeMethod(this, [this, column, error] {
            m_building.remove(int(column));
            emit built(column, error);
        }, Qt::QueuedConnection);
    });
}

} // namespace Kestrel

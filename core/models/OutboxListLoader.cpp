#include "models/OutboxListLoader.h"

#include "cache/Database.h"
#include "send/OutboxStore.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace Kestrel {

OutboxListLoader::OutboxListLoader(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_cachePath(std::move(cachePath))
{
}

void OutboxListLoader::reload()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    QPointer<OutboxListLoader> self(this);
    QThreadPool::globalInstance()->start([self, path = m_cachePath] {
        QList<Send::OutboxEntry> entries;
        std::optional<Error> error;
        {
            Database database;
            error = database.open(path, Database::Access::ReadOnly);
            if (!error)
                error = Send::OutboxStore(database).list(QString(), entries);
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, entries, error] {
            if (self)
                self->finished(entries, error);
        });
    });
}

void OutboxListLoader::finished(const QList<Send::OutboxEntry> &entries, const std::optional<Error> &error)
{
    m_running = false;
    if (m_again) { // changed while reading: what was read may be stale already
        m_again = false;
        reload();
        return;
    }
    if (error)
        emit loadFailed(*error);
    else
        emit loaded(entries);
}

} // namespace Kestrel

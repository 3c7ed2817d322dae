#include "compose/DraftAutosave.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimeZone>

namespace Kestrel::Compose {

DraftAutosave::DraftAutosave(DraftStore store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::write);
}

DraftAutosave::~DraftAutosave()
{
    if (!m_dirty || *m_discarded)
        return;
    Draft draft = m_draft;
    draft.saved = QDateTime::currentDateTimeUtc();
    QThreadPool::globalInstance()->start([store = m_store, draft] { store.save(draft); });
}

void DraftAutosave::discard()
{
    *m_discarded = true;
    m_dirty = false;
    m_timer.stop();
    QThreadPool::globalInstance()->start([store = m_store, id = m_draft.id] { store.remove(id); });
}

void DraftAutosave::update(const Draft &draft)
{
    if (*m_discarded)
        return;
    m_draft = draft;
    m_dirty = true;
    if (!m_writing && !m_timer.isActive())
        m_timer.start(); // not restarted on each keystroke: steady typing is still saved every interval
}

void DraftAutosave::saveNow()
{
    m_timer.stop();
    if (!m_writing)
        write();
}

void DraftAutosave::write()
{
    if (!m_dirty || m_writing)
        return;
    m_dirty = false;
    m_writing = true;
    Draft draft = m_draft;
    draft.saved = QDateTime::currentDateTimeUtc();
    QPointer<DraftAutosave> self(this);
    QThreadPool::globalInstance()->start([store = m_store, draft, self, discarded = m_discarded] {
        const auto error = store.save(draft);
        if (*discarded)
            store.remove(draft.id);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, error, when = draft.saved] {
            if (self)
                self->written(error, when);
        });
    });
}

void DraftAutosave::written(const std::optional<Error> &error, const QDateTime &when)
{
    m_writing = false;
    if (error) {
        m_dirty = true; // still unsaved: tried again at the next interval
        emit saveFailed(*error);
    } else {
        m_draft.saved = when;
        emit saved(when);
    }
    if (m_dirty && !m_timer.isActive())
        m_timer.start();
}

} // namespace Kestrel::Compose

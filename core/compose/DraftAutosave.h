#pragma once

#include "common/Error.h"
#include "compose/Draft.h"
#include "compose/DraftStore.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace Kestrel::Compose {

// Keeps a draft's file in step with the composer: update() takes the latest text, at most
// `intervalMs` later it is written (DraftStore, on a pool thread: the GUI thread never waits on the
// disk), so a crash loses at most those few seconds. One write at a time; changes made while a write
// runs are written right after it.
class DraftAutosave : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 3000;

    explicit DraftAutosave(DraftStore store, int intervalMs = DefaultIntervalMs, QObject *parent = nullptr);
    // A write still due is started (and finishes on its own) when the autosave goes away.
    ~DraftAutosave() override;

    void update(const Draft &draft);
    // Writes the latest state now instead of waiting for the timer.
    void saveNow();
    // The draft is not wanted any more (sent, or discarded): nothing more is written and its file goes,
    // also when a write is running right now.
    void discard();
    // Nothing waits to be written and no write runs.
    bool isIdle() const { return !m_dirty && !m_writing; }
    const Draft &draft() const { return m_draft; }

signals:
    void saved(const QDateTime &when);
    void saveFailed(const Kestrel::Error &error);

private:
    void write();
    void written(const std::optional<Error> &error, const QDateTime &when);

    DraftStore m_store;
    QTimer m_timer;
    Draft m_draft;
    bool m_dirty = false;
    bool m_writing = false;
    // Shared with the pool jobs, which check it after writing: a write that ends after discard() removes
    // its file again.
    std::shared_ptr<std::atomic_bool> m_discarded = std::make_shared<std::atomic_bool>(false);
};

} // namespace Kestrel::Compose

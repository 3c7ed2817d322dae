#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Kestrel::Sync {

// Turns a burst of "the cache changed" notes into a few: the first note of a quiet period passes at
// once (the newest rows of a never-synced folder appear as soon as they are stored), later ones are
// merged into one at the end of each `interval`. A first sync of 100k messages stores a chunk every
// ~0.1 s and every change note makes the GUI re-read its folder tree and list, so passing each one on
// would keep the GUI thread busy with re-reads that nobody can see.
class CacheChangeThrottle : public QObject
{
    Q_OBJECT
public:
    explicit CacheChangeThrottle(std::chrono::milliseconds interval, QObject *parent = nullptr);

    // Something was stored: changed() now, or once at the end of the running interval.
    void note();
    // A change that must be seen now (a folder finished): changed() at once, and what was pending is
    // part of it. The interval starts again from here.
    void flush();
    // The notes still waiting for the interval's end pass now (the sync ended early: what it stored
    // before the error is shown without waiting).
    void flushPending();

signals:
    void changed();

private:
    void intervalEnded();

    QTimer m_interval;
    bool m_pending = false;
};

} // namespace Kestrel::Sync

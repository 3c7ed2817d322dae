#pragma once

#include "common/Error.h"
#include "send/OutboxEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Kestrel {

// Reads the outbox (every account, oldest first) on a pool thread with a read-only connection of its
// own, so the GUI thread never waits on the disk while the outbox thread writes. Several reload()
// calls while one read runs become one more read after it: the last answer is always current.
class OutboxListLoader : public QObject
{
    Q_OBJECT
public:
    explicit OutboxListLoader(QString cachePath, QObject *parent = nullptr);

    void reload();
    bool isLoading() const { return m_running; }

signals:
    void loaded(const QList<Kestrel::Send::OutboxEntry> &entries);
    void loadFailed(const Kestrel::Error &error);

private:
    void finished(const QList<Send::OutboxEntry> &entries, const std::optional<Error> &error);

    QString m_cachePath;
    bool m_running = false;
    bool m_again = false;
};

} // namespace Kestrel

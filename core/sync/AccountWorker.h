#pragma once

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "common/Error.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace Kestrel::Sync {

// Lives in its own thread: owns that thread's read-write cache connection and runs AccountSync there.
// Talk to it only through queued calls (QMetaObject::invokeMethod) and its signals.
class AccountWorker : public QObject
{
    Q_OBJECT
public:
    AccountWorker(QString cachePath, QThread *thread);

    // Queued: runs one AccountSync; ends with finished().
    void run(const Kestrel::AccountSettings &account, const QString &password);

signals:
    void cacheChanged(const QString &accountId);
    void finished(const QString &accountId, const std::optional<Kestrel::Error> &error);

private:
    QString m_cachePath;
    Database m_database; // opened in the worker thread on first use, as Qt SQL requires
};

} // namespace Kestrel::Sync

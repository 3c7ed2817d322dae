#pragma once

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "common/Error.h"

#include <QObject>
#include <QSet>

#include <optional>

class QThread;

namespace Kestrel::Sync {

// Lives on one account's reading thread with a write connection of its own to the cache, and runs a
// BodyFetcher per request (each message's text or one attachment). Requests for a message already
// being fetched are joined, not repeated.
class ContentFetchWorker : public QObject
{
    Q_OBJECT
public:
    ContentFetchWorker(QString cachePath, QThread *thread);

    // Called through queued invocations: they run on the worker's thread.
    void fetchForDisplay(const Kestrel::AccountSettings &account, const QString &password, qint64 messageId);
    void fetchAttachment(const Kestrel::AccountSettings &account, const QString &password, qint64 messageId,
                                     int index);

signals:
    void finished(const QString &accountId, qint64 messageId, const std::optional<Kestrel::Error> &error);

private:
    enum class What { Display, Attachment };
    void start(const AccountSettings &account, const QString &password, qint64 messageId, What what, int index);

    QString m_cachePath;
    Database m_database;
    QSet<QPair<qint64, int>> m_running; // (message, attachment index or -1 for the text)
};

} // namespace Kestrel::Sync

#pragma once

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "common/Error.h"
#include "sync/reading/ReadingTask.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class QThread;

namespace Kestrel::Sync {

class ReadingJob;

// Lives on one account's reading thread with a write connection of its own to the cache, and runs a
// BodyFetcher per request (each message's text or one attachment). Requests for a message already
// being fetched are joined, not repeated. ReadingTasks (save, open, view source) run as ReadingJobs.
class ContentFetchWorker : public QObject
{
    Q_OBJECT
public:
    ContentFetchWorker(QString cachePath, QThread *thread);

    // Called through queued invocations: they run on the worker's thread.
    void fetchForDisplay(const Kestrel::AccountSettings &account, const QString &password, qint64 messageId);
    void fetchAttachment(const Kestrel::AccountSettings &account, const QString &password, qint64 messageId,
                                     int index);
    // A ReadingJob; `password` may be empty with the reason in `passwordProblem`.
    void startTask(quint64 id, const Kestrel::Sync::ReadingTask &task, const Kestrel::AccountSettings &account,
                   const QString &password, const std::optional<Kestrel::Error> &passwordProblem, quint32 pieceBytes);
    void cancelTask(quint64 id);

signals:
    void finished(const QString &accountId, qint64 messageId, const std::optional<Kestrel::Error> &error);
    void taskProgress(quint64 id, qint64 done, qint64 total);
    void taskFinished(quint64 id, const Kestrel::Sync::ReadingResult &result, const std::optional<Kestrel::Error> &error);

private:
    enum class What { Display, Attachment };
    void start(const AccountSettings &account, const QString &password, qint64 messageId, What what, int index);
    std::optional<Error> openDatabase();

    QString m_cachePath;
    Database m_database;
    QSet<QPair<qint64, int>> m_running; // (message, attachment index or -1 for the text)
    QHash<quint64, ReadingJob *> m_jobs;
};

} // namespace Kestrel::Sync

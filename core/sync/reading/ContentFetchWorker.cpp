#include "sync/reading/ContentFetchWorker.h"

#include "sync/bodies/BodyFetcher.h"
#include "sync/reading/ReadingJob.h"

#include <QThread>

namespace Kestrel::Sync {

ContentFetchWorker::ContentFetchWorker(QString cachePath, QThread *thread)
    : m_cachePath(std::move(cachePath))
{
    moveToThread(thread);
}

void ContentFetchWorker::fetchForDisplay(const AccountSettings &account, const QString &password, qint64 messageId)
{
    start(account, password, messageId, What::Display, -1);
}

void ContentFetchWorker::fetchAttachment(const AccountSettings &account, const QString &password, qint64 messageId, int index)
{
    start(account, password, messageId, What::Attachment, index);
}

void ContentFetchWorker::start(const AccountSettings &account, const QString &password, qint64 messageId, What what, int index)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QPair<qint64, int> key{messageId, what == What::Display ? -1 : index};
    if (m_running.contains(key))
        return; // the running fetch reports for both
    if (auto error = openDatabase()) {
        emit finished(account.id, messageId, error);
        return;
    }
    m_running.insert(key);
    auto *fetcher = new BodyFetcher(account, password, m_database, this);
    connect(fetcher, &BodyFetcher::finished, this, [this, fetcher, key, id = account.id](const std::optional<Error> &error) {
        fetcher->deleteLater();
        m_running.remove(key);
        emit finished(id, key.first, error);
    });
    if (what == What::Display)
        fetcher->fetchForDisplay(messageId);
    else
        fetcher->fetchAttachment(messageId, index);
}

std::optional<Error> ContentFetchWorker::openDatabase()
{
    if (m_database.isOpen())
        return std::nullopt;
    return m_database.open(m_cachePath);
}

void ContentFetchWorker::startTask(quint64 id, const ReadingTask &task, const AccountSettings &account, const QString &password,
                                   const std::optional<Error> &passwordProblem, quint32 pieceBytes)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (auto error = openDatabase()) {
        emit taskFinished(id, {}, error);
        return;
    }
    auto *job = new ReadingJob(id, task, account, password, passwordProblem, m_database, this);
    job->setPieceBytes(pieceBytes);
    m_jobs.insert(id, job);
    connect(job, &ReadingJob::progress, this, &ContentFetchWorker::taskProgress);
    connect(job, &ReadingJob::finished, this, [this, job](quint64 jobId, const ReadingResult &result, const std::optional<Error> &error) {
        m_jobs.remove(jobId);
        job->deleteLater(); // its own session (if any) goes with it
        emit taskFinished(jobId, result, error);
    });
    job->start();
}

void ContentFetchWorker::cancelTask(quint64 id)
{
    if (ReadingJob *job = m_jobs.value(id))
        job->cancel();
}

} // namespace Kestrel::Sync

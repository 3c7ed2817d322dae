#include "sync/reading/ContentFetchWorker.h"

#include "sync/bodies/BodyFetcher.h"

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
    if (!m_database.isOpen()) {
        if (auto error = m_database.open(m_cachePath)) {
            emit finished(account.id, messageId, error);
            return;
        }
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

} // namespace Kestrel::Sync

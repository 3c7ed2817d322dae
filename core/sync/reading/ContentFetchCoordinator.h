#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "sync/reading/ReadingTask.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class QThread;

namespace Kestrel {

class CredentialStore;

namespace Sync {

class ContentFetchWorker;

// What the GUI calls when the user opens a message whose text (or an attachment) is not cached: the
// password is read from the keychain here, the fetch runs on the account's own reading thread (so a
// slow server never holds up the GUI or another account), and contentFetched() says when the cache
// has it. Separate from the sync threads: opening a message never waits behind a long sync.
class ContentFetchCoordinator : public QObject
{
    Q_OBJECT
public:
    ContentFetchCoordinator(QString cachePath, CredentialStore &credentials, QObject *parent = nullptr);
    ~ContentFetchCoordinator() override; // stops and joins the reading threads

    void fetchForDisplay(const AccountSettings &account, qint64 messageId);
    void fetchAttachment(const AccountSettings &account, qint64 messageId, int index);

    // Saving, opening or showing more of a message (ReadingTask), with progress; returns the task's id
    // for cancelTask() and the signals. Runs on the account's reading thread like the fetches above.
    quint64 startTask(const AccountSettings &account, const ReadingTask &task);
    // The task ends soon after with Error::Code::Cancelled (unless it has just ended anyway).
    void cancelTask(quint64 id);
    // Download piece size for tasks (SectionFetch); tests make it small to see progress.
    void setPieceBytes(quint32 bytes) { m_pieceBytes = bytes; }

signals:
    // The request ended; with no error the cache now holds what was asked for.
    void contentFetched(const QString &accountId, qint64 messageId, const std::optional<Kestrel::Error> &error);
    void taskProgress(quint64 id, qint64 done, qint64 total);
    // Exactly once per startTask().
    void taskFinished(quint64 id, const Kestrel::Sync::ReadingResult &result, const std::optional<Kestrel::Error> &error);

private:
    ContentFetchWorker *workerFor(const QString &accountId);
    void withPassword(const AccountSettings &account, qint64 messageId, std::function<void(const QString &)> use);

    QString m_cachePath;
    CredentialStore &m_credentials;
    QHash<QString, QThread *> m_threads;
    QHash<QString, ContentFetchWorker *> m_workers;
    QHash<quint64, QString> m_taskAccounts; // running tasks -> account id
    QSet<quint64> m_dispatched;             // handed to a reading thread
    QSet<quint64> m_cancelledEarly;         // cancelled while the keychain was still being asked
    quint64 m_nextTask = 1;
    quint32 m_pieceBytes = 0;
};

} // namespace Sync
} // namespace Kestrel

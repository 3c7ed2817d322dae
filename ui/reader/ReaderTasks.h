#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/MessageSummary.h"
#include "sync/reading/ReadingTask.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>


namespace Kestrel::Sync {
class ContentFetchCoordinator;
}

namespace Kestrel::Ui {

class TaskProgressBar;

// What the reader does with a message beyond showing it — open or save attachments, save them all,
// view the source, open an attached message — handed to the account's reading thread
// (ContentFetchCoordinator::startTask) with progress and Cancel in a TaskProgressBar. The GUI thread
// only starts tasks and shows results: downloads, file writes and MIME parsing happen elsewhere.
// Opened attachments go to a private temporary folder that is removed when this object goes.
class ReaderTasks : public QObject
{
    Q_OBJECT
public:
    ReaderTasks(TaskProgressBar *progress, QWidget *windowParent);
    ~ReaderTasks() override;

    void setContentFetcher(Sync::ContentFetchCoordinator *fetcher);
    void setAccounts(const QList<AccountSettings> &accounts) { m_accounts = accounts; }

    // Each returns the task id (0 when it could not start; failed() then says why).
    quint64 saveAttachment(const MessageSummary &message, int index, const QString &fileName, const QString &path);
    quint64 saveAllAttachments(const MessageSummary &message, const QString &folder);
    quint64 openAttachment(const MessageSummary &message, int index, const QString &fileName);
    quint64 openAttachedMessage(const MessageSummary &message, int index);
    quint64 viewSource(const MessageSummary &message);
    void cancel(quint64 id);

    // Types a double-click must not hand to the desktop: they would run rather than show.
    static bool isRunnable(const QString &fileName, const QString &mimeType);

signals:
    // A task ended; `text` says what happened (an error, "Saved …"), for the status line.
    void finished(quint64 id, const QString &text, bool ok);
    // A window (source, attached message) was opened, for tests and focus handling.
    void windowOpened(QWidget *window);

private:
    quint64 start(const MessageSummary &message, Sync::ReadingTask task, const QString &progressText);
    void onFinished(quint64 id, const Sync::ReadingResult &result, const std::optional<Error> &error);
    void showResult(const Sync::ReadingTask &task, const QString &subject, const Sync::ReadingResult &result);

    struct Running {
        Sync::ReadingTask task;
        QString subject;
    };

    TaskProgressBar *m_progress;
    QPointer<QWidget> m_windowParent;
    QPointer<Sync::ContentFetchCoordinator> m_fetcher;
    QList<AccountSettings> m_accounts;
    QHash<quint64, Running> m_running;
    QString m_openFolder; // private folder for opened attachments, made on first use
};

} // namespace Kestrel::Ui

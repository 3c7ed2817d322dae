#pragma once

#include "account/AccountSettings.h"
#include "common/MessageSummary.h"
#include "common/PartInfo.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace Kestrel {
class Database;
class RemoteContentPolicy;
namespace Sync {
class ContentFetchCoordinator;
}
}

namespace Kestrel::Ui {

class AttachmentPanel;
class ReaderPane;
class ReaderTasks;
class RemoteContentBar;
class RemoteResourceLoader;
class TaskProgressBar;

// The reader: remote-content bar, the text (ReaderPane), the attachment list and the real target of
// the link under the pointer. Reads the message's content from the cache; what is missing is asked
// for with contentWanted() (the sync engine fetches it and the cache change comes back through
// refresh()). Remote images load only after "Load once" or for a sender the policy allows.
// Attachments are opened, saved and saved all, attached messages opened and the source shown through
// ReaderTasks (the account's reading thread; progress and Cancel under the text): that needs
// setContentFetcher() and setAccounts().
class ReaderWidget : public QWidget
{
    Q_OBJECT
public:
    ReaderWidget(Database &cache, RemoteContentPolicy *policy, QWidget *parent = nullptr);

    void showMessage(const MessageSummary &message);
    void clearMessage();
    // The cache changed: an open message whose text was missing is read again.
    void refresh();

    void setContentFetcher(Sync::ContentFetchCoordinator *fetcher);
    void setAccounts(const QList<AccountSettings> &accounts);

    // Without dialogs (for the dialogs' answers and tests); each returns the task id, 0 if not started.
    quint64 saveAttachmentTo(int index, const QString &path);
    quint64 saveAllAttachmentsTo(const QString &folder);
    quint64 openAttachment(int index); // message/rfc822 opens in a reader window of its own
    quint64 viewSource();
    // With a (non-modal) file dialog first.
    void saveAttachmentAs(int index);
    void saveAllAttachments();

    // Message > View Source (Ctrl+U) and Message > Save All Attachments, for the window's menus.
    QAction *viewSourceAction() const { return m_viewSource; }
    QAction *saveAllAction() const { return m_saveAll; }

    ReaderPane *pane() const { return m_pane; }
    RemoteContentBar *remoteContentBar() const { return m_bar; }
    AttachmentPanel *attachmentPanel() const { return m_attachments; }
    TaskProgressBar *taskProgress() const { return m_progress; }
    ReaderTasks *tasks() const { return m_tasks; }
    // The last task's outcome ("Saved 2 files.", an error), under the text until the next one.
    QLabel *taskStatus() const { return m_taskStatus; }

signals:
    // The shown message lacks text parts in the cache.
    void contentWanted(const Kestrel::MessageSummary &message);
    // "Always for this sender" was chosen: the policy changed in memory and should be saved.
    void remoteContentPolicyChanged();

private:
    void render();
    void loadRemoteContent();
    void allowSenderAlways();
    void showLinkTarget(const QUrl &url);
    void showTaskOutcome(const QString &text, bool ok);
    std::optional<PartInfo> attachment(int index) const;

    Database &m_cache;
    RemoteContentPolicy *m_policy;
    RemoteContentBar *m_bar = nullptr;
    ReaderPane *m_pane = nullptr;
    AttachmentPanel *m_attachments = nullptr;
    TaskProgressBar *m_progress = nullptr;
    ReaderTasks *m_tasks = nullptr;
    QLabel *m_taskStatus = nullptr;
    QAction *m_viewSource = nullptr;
    QAction *m_saveAll = nullptr;
    QLabel *m_linkTarget = nullptr;
    RemoteResourceLoader *m_loader = nullptr;
    std::optional<MessageSummary> m_message;
    bool m_complete = true;
};

} // namespace Kestrel::Ui

#pragma once

#include "account/AccountSettings.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"
#include "sync/UserAction.h"
#include "sync/push/PushTypes.h"

#include <QMainWindow>

class QDialog;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Kestrel {
namespace Sync {
class ContentFetchCoordinator;
}
namespace Send {
class Outbox;
}
class Database;
class RemoteContentPolicy;
class FolderTreeModel;
class MessageListModel;
class ThreadedMessageModel;
struct DraggedMessage;
}

namespace Kestrel::Ui {

class ConnectionIndicator;
class FolderCommands;
class FolderMenu;
class MainWindowActions;
class MessageListPane;
class OutboxPane;
class ReadMarker;
class ReaderPane;
class ReaderWidget;

// The main window: layout and wiring only. Folder tree | message list (filter bar, flat or threaded)
// over reader, menus, status bar. What the user changes goes out as Sync::UserAction
// (messageActionRequested); nothing here writes the cache.
// Everything shown comes from the cache through the models; `cache` is a read connection owned by
// the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `remoteContent` (may be null: block everything, offer "load once" only) outlives the window.
    explicit MainWindow(Database &cache, RemoteContentPolicy *remoteContent = nullptr, QWidget *parent = nullptr);

    QTreeView *folderView() const { return m_folderView; }
    QTreeView *messageView() const;
    ReaderPane *readerView() const;
    ReaderWidget *reader() const { return m_reader; }
    FolderTreeModel *folderModel() const { return m_folderModel; }
    MessageListModel *messageModel() const;
    ThreadedMessageModel *threadModel() const;
    MessageListPane *messageList() const { return m_list; }
    FolderCommands *folderCommands() const { return m_folderCommands; }
    FolderMenu *folderMenu() const { return m_folderMenu; }
    OutboxPane *outboxPane() const { return m_outboxPane; }

    void setAccounts(const QList<AccountSettings> &accounts);
    // Where the text of an opened message comes from when the cache lacks it (null: nowhere, offline).
    void setContentFetcher(Sync::ContentFetchCoordinator *fetcher);
    // The folder tree gets its Outbox node, listing what `outbox` holds (read from `cachePath`).
    void setOutbox(Send::Outbox *outbox, const QString &cachePath);
    // Opens the first account's Inbox, as a client does on start.
    void showFirstInbox();
    // The cache changed (a sync stored something): folders and the open list are read again.
    void cacheChanged();
    // A short note in the status bar about one account's synchronisation (errors stay until replaced).
    void showSyncStatus(const QString &text);
    // One account's connection went online, connecting or offline (push and sync report it).
    void setConnectionStatus(const QString &accountId, const Sync::ConnectionStatus &status);
    ConnectionIndicator *connectionIndicator() const { return m_connection; }
    // For windows and launchers that plug into the main window (composer, ...): its shared actions,
    // the accounts shown, the message open in the reader and the selected ones.
    MainWindowActions *actions() const { return m_actions; }
    const QList<AccountSettings> &accounts() const { return m_accounts; }
    std::optional<MessageSummary> currentMessage() const;
    QList<MessageSummary> selectedMessages() const;
    // View > Pending Actions (non-modal); returns the dialog, for tests.
    QDialog *showPendingActions();

signals:
    void syncRequested();
    // The open message's text is not in the cache yet: the sync engine should fetch it.
    void messageContentWanted(const Kestrel::MessageSummary &message);
    void remoteContentPolicyChanged();
    // The user changed, moved or deleted the selected messages of an account's folder.
    void messageActionRequested(const QString &accountId, const Kestrel::Sync::UserAction &action);

private:
    void buildPanes();
    void buildMenus();
    void buildFolderMenu();
    void buildGoMenu();
    void readOn();
    void markShownRead(const MessageSummary &message);
    void dropMessages(const FolderInfo &target, const QList<DraggedMessage> &messages, Qt::DropAction action);
    // Actions on messages go out per folder: a list over several folders (All Inboxes) may mix them.
    void emitPerFolder(const QList<MessageSummary> &messages, const Sync::UserAction &pattern);
    void buildStatusBar();
    void showAbout();
    void folderActivated(const QModelIndex &index);
    void messageActivated(const std::optional<MessageSummary> &message);
    void fetchContent(const MessageSummary &message);
    void actOnSelection(Sync::UserAction::Kind kind);
    void toggleFlagOnSelection(const QString &flag, bool (*isSet)(const MessageSummary &));
    void contentFetched(const QString &accountId, qint64 messageId, const std::optional<Error> &error);

    MainWindowActions *m_actions = nullptr;
    FolderTreeModel *m_folderModel = nullptr;
    MessageListPane *m_list = nullptr;
    FolderCommands *m_folderCommands = nullptr;
    FolderMenu *m_folderMenu = nullptr;
    ReadMarker *m_readMarker = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QTreeView *m_folderView = nullptr;
    QStackedWidget *m_rightStack = nullptr; // message list and reader, or the Outbox
    ReaderWidget *m_reader = nullptr;
    OutboxPane *m_outboxPane = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    QList<AccountSettings> m_accounts;
    Database &m_cache;
    Sync::ContentFetchCoordinator *m_fetcher = nullptr;
    qint64 m_openFolderId = 0; // -1: All Inboxes, -2: Outbox
    static constexpr qint64 UnifiedInbox = -1;
    static constexpr qint64 OutboxNode = -2;
};

} // namespace Kestrel::Ui

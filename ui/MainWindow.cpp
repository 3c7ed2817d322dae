#include "MainWindow.h"

#include "ConnectionIndicator.h"
#include "FolderDelegate.h"
#include "MainWindowActions.h"
#include "ReaderPane.h"
#include "ReaderWidget.h"
#include "folders/FolderCommands.h"
#include "list/MessageListPane.h"
#include "list/ReadMarker.h"
#include "outbox/OutboxPane.h"

#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"
#include "models/ThreadedMessageModel.h"
#include "sync/reading/ContentFetchCoordinator.h"

#include <QAction>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QHeaderView>
#include <QStatusBar>
#include <QTreeView>

namespace Kestrel::Ui {

MainWindow::MainWindow(Database &cache, RemoteContentPolicy *remoteContent, QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new MainWindowActions(this))
    , m_folderModel(new FolderTreeModel(cache, this))
    , m_list(new MessageListPane(cache))
    , m_folderCommands(new FolderCommands(this))
    , m_readMarker(new ReadMarker(this))
    , m_reader(new ReaderWidget(cache, remoteContent))
    , m_outboxPane(new OutboxPane)
    , m_cache(cache)
{
    setWindowTitle(tr("Kestrel"));
    setObjectName(QStringLiteral("mainWindow"));
    buildPanes();
    buildMenus();
    buildStatusBar();
    resize(1200, 760);
}

void MainWindow::buildPanes()
{
    m_folderView = new QTreeView;
    m_folderView->setObjectName(QStringLiteral("folderView"));
    m_folderView->setHeaderHidden(true);
    m_folderView->setAccessibleName(tr("Folders"));
    m_folderView->setModel(m_folderModel);
    m_folderView->setItemDelegate(new FolderDelegate(m_folderView));
    m_folderView->setDragDropMode(QAbstractItemView::DropOnly); // messages from the list: move, Ctrl copies
    m_folderView->setDefaultDropAction(Qt::MoveAction);
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { folderActivated(current); });
    connect(m_folderModel, &FolderTreeModel::messagesDropped, this, &MainWindow::dropMessages);
    connect(m_folderCommands, &FolderCommands::actionRequested, this, &MainWindow::messageActionRequested);

    connect(m_list, &MessageListPane::currentMessageChanged, this, &MainWindow::messageActivated);
    connect(m_list, &MessageListPane::filterApplied, this, [this](int count) {
        statusBar()->showMessage(tr("%n message(s)", nullptr, count));
    });
    connect(m_readMarker, &ReadMarker::markRead, this, &MainWindow::markShownRead);

    connect(m_reader, &ReaderWidget::contentWanted, this, &MainWindow::messageContentWanted);
    connect(m_reader, &ReaderWidget::remoteContentPolicyChanged, this, &MainWindow::remoteContentPolicyChanged);

    auto *rightSplitter = new QSplitter(Qt::Vertical);
    rightSplitter->addWidget(m_list);
    rightSplitter->addWidget(m_reader);
    rightSplitter->setStretchFactor(0, 2);
    rightSplitter->setStretchFactor(1, 3);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->addWidget(m_folderView);
    m_rightStack = new QStackedWidget;
    m_rightStack->addWidget(rightSplitter);
    m_rightStack->addWidget(m_outboxPane);
    m_mainSplitter->addWidget(m_rightStack);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({260, 940});
    setCentralWidget(m_mainSplitter);
}

QTreeView *MainWindow::messageView() const
{
    return m_list->view();
}

MessageListModel *MainWindow::messageModel() const
{
    return m_list->flatModel();
}

ThreadedMessageModel *MainWindow::threadModel() const
{
    return m_list->threadModel();
}

void MainWindow::setAccounts(const QList<AccountSettings> &accounts)
{
    m_accounts = accounts;
    m_reader->setAccounts(accounts);
    m_folderModel->setAccounts(accounts);
    m_outboxPane->setAccounts(accounts);
    m_folderView->expandToDepth(0);
    QList<QPair<QString, QString>> names;
    for (const AccountSettings &account : accounts)
        names.append({account.id, account.displayName.isEmpty() ? account.email : account.displayName});
    m_connection->setAccounts(names);
}

ReaderPane *MainWindow::readerView() const
{
    return m_reader->pane();
}

void MainWindow::showFirstInbox()
{
    for (int top = 0; top < m_folderModel->rowCount(); ++top) {
        const QModelIndex account = m_folderModel->index(top, 0);
        if (!account.data(FolderTreeModel::IsAccountRole).toBool())
            continue; // All Inboxes comes first; a client opens the first account's Inbox
        for (int row = 0; row < m_folderModel->rowCount(account); ++row) {
            const QModelIndex folder = m_folderModel->index(row, 0, account);
            if (SpecialUse(folder.data(FolderTreeModel::SpecialUseRole).toInt()) == SpecialUse::Inbox) {
                m_folderView->setCurrentIndex(folder);
                return;
            }
        }
        return;
    }
}

void MainWindow::cacheChanged()
{
    const qint64 open = m_openFolderId;
    const bool nothingChosen = open == 0 && !m_folderView->currentIndex().isValid();
    m_folderModel->reload();
    m_folderView->expandToDepth(0);
    if (nothingChosen)
        showFirstInbox(); // a never-synced profile: the Inbox opens as soon as the first sync has listed it
    if (open != 0) {
        const QSignalBlocker blocker(m_folderView->selectionModel()); // same folder: keep the list as is
        m_folderView->setCurrentIndex(open == UnifiedInbox ? m_folderModel->unifiedInboxIndex()
                                      : open == OutboxNode ? m_folderModel->outboxIndex()
                                                           : m_folderModel->indexOfFolder(open));
        m_list->refresh();
    }
    m_reader->refresh();
}

void MainWindow::showSyncStatus(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::setContentFetcher(Sync::ContentFetchCoordinator *fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    m_reader->setContentFetcher(fetcher);
    disconnect(this, &MainWindow::messageContentWanted, this, &MainWindow::fetchContent);
    if (!fetcher)
        return;
    connect(this, &MainWindow::messageContentWanted, this, &MainWindow::fetchContent);
    connect(fetcher, &Sync::ContentFetchCoordinator::contentFetched, this, &MainWindow::contentFetched);
}

void MainWindow::setOutbox(Send::Outbox *outbox, const QString &cachePath)
{
    connect(m_outboxPane, &OutboxPane::countChanged, m_folderModel, &FolderTreeModel::setOutboxCount, Qt::UniqueConnection);
    connect(m_outboxPane, &OutboxPane::statusMessage, this, &MainWindow::showSyncStatus, Qt::UniqueConnection);
    m_folderModel->setOutboxCount(0); // the node is there at once; its count follows the first read
    m_outboxPane->setOutbox(outbox, cachePath);
}

void MainWindow::fetchContent(const MessageSummary &message)
{
    const auto account = findAccount(m_accounts, message.accountId);
    if (!account || !m_fetcher)
        return;
    statusBar()->showMessage(tr("Downloading the message…"));
    m_fetcher->fetchForDisplay(*account, message.id);
}

void MainWindow::contentFetched(const QString &accountId, qint64 messageId, const std::optional<Error> &error)
{
    Q_UNUSED(accountId);
    Q_UNUSED(messageId);
    if (error) {
        statusBar()->showMessage(error->userMessage); // the reader keeps saying what it lacks
        return;
    }
    statusBar()->clearMessage();
    m_reader->refresh();
}

void MainWindow::setConnectionStatus(const QString &accountId, const Sync::ConnectionStatus &status)
{
    m_connection->setStatus(accountId, status);
}

std::optional<MessageSummary> MainWindow::currentMessage() const
{
    return m_list->currentMessage();
}

QList<MessageSummary> MainWindow::selectedMessages() const
{
    return m_list->selectedMessages();
}

// M and S: when any selected message lacks the flag, all get it; otherwise all lose it (as in every
// mail client: one key press makes the selection uniform first).
void MainWindow::toggleFlagOnSelection(const QString &flag, bool (*isSet)(const MessageSummary &))
{
    const QList<MessageSummary> messages = selectedMessages();
    if (messages.isEmpty())
        return;
    Sync::UserAction action;
    const bool allSet = std::all_of(messages.begin(), messages.end(), isSet);
    (allSet ? action.removeFlags : action.addFlags) << flag;
    emitPerFolder(messages, action);
}

void MainWindow::actOnSelection(Sync::UserAction::Kind kind)
{
    Sync::UserAction action;
    action.kind = kind;
    emitPerFolder(selectedMessages(), action);
}

void MainWindow::emitPerFolder(const QList<MessageSummary> &messages, const Sync::UserAction &pattern)
{
    QList<qint64> folderOrder;
    QHash<qint64, QList<quint32>> uidsByFolder;
    for (const MessageSummary &message : messages) {
        if (!uidsByFolder.contains(message.folderId))
            folderOrder << message.folderId;
        uidsByFolder[message.folderId] << message.uid;
    }
    for (const qint64 folderId : std::as_const(folderOrder)) {
        const auto folder = m_folderModel->folder(folderId);
        if (!folder)
            continue; // the folder went away under the list; the next refresh drops its rows
        Sync::UserAction action = pattern;
        action.folder = folder->name;
        action.uids = uidsByFolder.value(folderId);
        emit messageActionRequested(folder->accountId, action);
    }
}

void MainWindow::folderActivated(const QModelIndex &index)
{
    const bool unified = index.data(FolderTreeModel::IsUnifiedInboxRole).toBool();
    const bool outbox = index.data(FolderTreeModel::IsOutboxRole).toBool();
    const qint64 folderId = outbox ? OutboxNode : unified ? UnifiedInbox : index.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (folderId == m_openFolderId)
        return;
    m_openFolderId = folderId;
    m_rightStack->setCurrentIndex(outbox ? 1 : 0); // the Outbox's list takes the place of list and reader
    if (outbox)
        return;
    if (unified)
        m_list->showFolders(index.data(FolderTreeModel::FolderIdsRole).value<QList<qint64>>());
    else
        m_list->showFolder(folderId, SpecialUse(index.data(FolderTreeModel::SpecialUseRole).toInt()));
    m_reader->clearMessage();
    m_readMarker->shown(std::nullopt);
    statusBar()->showMessage(tr("%n message(s)", nullptr, m_list->messageCount()));
}

void MainWindow::messageActivated(const std::optional<MessageSummary> &message)
{
    if (message)
        m_reader->showMessage(*message);
    else
        m_reader->clearMessage();
    m_readMarker->shown(message);
}

void MainWindow::markShownRead(const MessageSummary &message)
{
    const auto current = currentMessage();
    if (!current || current->id != message.id || current->flags.isSeen())
        return; // the user moved on, or it was marked read meanwhile
    Sync::UserAction action;
    action.addFlags << QStringLiteral("\\Seen");
    emitPerFolder({message}, action);
}

// Space: the reader pages down while there is more to read, then the next unread message opens.
void MainWindow::readOn()
{
    QScrollBar *bar = readerView()->verticalScrollBar();
    if (currentMessage() && bar->value() < bar->maximum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    }
    if (!m_list->selectNextUnread())
        statusBar()->showMessage(tr("No more unread messages in this list."));
}

void MainWindow::dropMessages(const FolderInfo &target, const QList<DraggedMessage> &messages, Qt::DropAction action)
{
    QList<MessageSummary> moved;
    for (const DraggedMessage &dragged : messages) {
        MessageSummary message;
        message.accountId = dragged.accountId;
        message.folderId = dragged.folderId;
        message.uid = dragged.uid;
        moved << message;
    }
    Sync::UserAction pattern;
    pattern.kind = action == Qt::CopyAction ? Sync::UserAction::Kind::Copy : Sync::UserAction::Kind::Move;
    pattern.target = target.name;
    emitPerFolder(moved, pattern);
}

} // namespace Kestrel::Ui

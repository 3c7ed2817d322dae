#include "MainWindow.h"

#include "AboutDialog.h"
#include "ConnectionIndicator.h"
#include "FolderDelegate.h"
#include "MainWindowActions.h"
#include "MessageDelegate.h"
#include "PendingActionsDialog.h"
#include "ReaderPane.h"
#include "ReaderWidget.h"

#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"
#include "sync/reading/ContentFetchCoordinator.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QHeaderView>
#include <QStatusBar>
#include <QTreeView>

namespace Kestrel::Ui {

MainWindow::MainWindow(Database &cache, RemoteContentPolicy *remoteContent, QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new MainWindowActions(this))
    , m_folderModel(new FolderTreeModel(cache, this))
    , m_messageModel(new MessageListModel(cache, this))
    , m_reader(new ReaderWidget(cache, remoteContent))
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
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { folderActivated(current); });

    m_messageView = new QTreeView;
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setRootIsDecorated(false);
    m_messageView->setUniformRowHeights(true); // lets the view lay out 100k rows without measuring each
    m_messageView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_messageView->setAccessibleName(tr("Messages"));
    m_messageView->setModel(m_messageModel);
    m_messageView->setItemDelegate(new MessageDelegate(m_messageView));
    m_messageView->setSortingEnabled(true);
    m_messageView->sortByColumn(MessageListModel::DateColumn, Qt::DescendingOrder);
    m_messageView->setAllColumnsShowFocus(true);
    QHeaderView *header = m_messageView->header();
    header->setStretchLastSection(false);
    header->resizeSection(MessageListModel::StatusColumn, 28);
    header->resizeSection(MessageListModel::AttachmentColumn, 28);
    header->resizeSection(MessageListModel::CorrespondentColumn, 220);
    header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::DateColumn, 180);
    header->resizeSection(MessageListModel::SizeColumn, 80);
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { messageActivated(current); });

    connect(m_reader, &ReaderWidget::contentWanted, this, &MainWindow::messageContentWanted);
    connect(m_reader, &ReaderWidget::remoteContentPolicyChanged, this, &MainWindow::remoteContentPolicyChanged);

    auto *rightSplitter = new QSplitter(Qt::Vertical);
    rightSplitter->addWidget(m_messageView);
    rightSplitter->addWidget(m_reader);
    rightSplitter->setStretchFactor(0, 2);
    rightSplitter->setStretchFactor(1, 3);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->addWidget(m_folderView);
    m_mainSplitter->addWidget(rightSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({260, 940});
    setCentralWidget(m_mainSplitter);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newMessage);
    file->addAction(m_actions->getMail);
    file->addSeparator();
    file->addAction(m_actions->quit);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->getMail, &QAction::triggered, this, &MainWindow::syncRequested);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->toggleThreads);
    view->addSeparator();
    QAction *pending = view->addAction(tr("&Pending Actions…"));
    pending->setObjectName(QStringLiteral("showPendingActions"));
    connect(pending, &QAction::triggered, this, &MainWindow::showPendingActions);

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addAction(m_actions->reply);
    message->addAction(m_actions->replyAll);
    message->addAction(m_actions->forward);
    message->addSeparator();
    message->addAction(m_actions->toggleRead);
    message->addAction(m_actions->toggleFlag);
    message->addAction(m_actions->deleteMessage);

    connect(m_actions->toggleRead, &QAction::triggered, this, [this] {
        toggleFlagOnSelection(QStringLiteral("\\Seen"), [](const MessageSummary &m) { return m.flags.isSeen(); });
    });
    connect(m_actions->toggleFlag, &QAction::triggered, this, [this] {
        toggleFlagOnSelection(QStringLiteral("\\Flagged"),
                              [](const MessageSummary &m) { return m.flags.system.testFlag(MessageFlag::Flagged); });
    });
    connect(m_actions->deleteMessage, &QAction::triggered, this, [this] { actOnSelection(Sync::UserAction::Kind::Delete); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_connection = new ConnectionIndicator;
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::setAccounts(const QList<AccountSettings> &accounts)
{
    m_accounts = accounts;
    m_folderModel->setAccounts(accounts);
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
    const QModelIndex account = m_folderModel->index(0, 0);
    for (int row = 0; row < m_folderModel->rowCount(account); ++row) {
        const QModelIndex folder = m_folderModel->index(row, 0, account);
        if (SpecialUse(folder.data(FolderTreeModel::SpecialUseRole).toInt()) == SpecialUse::Inbox) {
            m_folderView->setCurrentIndex(folder);
            return;
        }
    }
}

void MainWindow::cacheChanged()
{
    const qint64 open = m_openFolderId;
    m_folderModel->reload();
    m_folderView->expandToDepth(0);
    if (open != 0) {
        const QSignalBlocker blocker(m_folderView->selectionModel()); // same folder: keep the list as is
        m_folderView->setCurrentIndex(m_folderModel->indexOfFolder(open));
        m_messageModel->refresh();
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
    disconnect(this, &MainWindow::messageContentWanted, this, &MainWindow::fetchContent);
    if (!fetcher)
        return;
    connect(this, &MainWindow::messageContentWanted, this, &MainWindow::fetchContent);
    connect(fetcher, &Sync::ContentFetchCoordinator::contentFetched, this, &MainWindow::contentFetched);
}

void MainWindow::fetchContent(const MessageSummary &message)
{
    const auto account = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const auto &a) { return a.id == message.accountId; });
    if (account == m_accounts.cend() || !m_fetcher)
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
    const QModelIndex current = m_messageView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_messageModel->summaryAt(current.row());
}

QList<MessageSummary> MainWindow::selectedMessages() const
{
    QList<MessageSummary> messages;
    const QModelIndexList rows = m_messageView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const auto message = m_messageModel->summaryAt(row.row()))
            messages << *message;
    }
    return messages;
}

// M and S: when any selected message lacks the flag, all get it; otherwise all lose it (as in every
// mail client: one key press makes the selection uniform first).
void MainWindow::toggleFlagOnSelection(const QString &flag, bool (*isSet)(const MessageSummary &))
{
    const QList<MessageSummary> messages = selectedMessages();
    if (messages.isEmpty() || m_openAccountId.isEmpty())
        return;
    Sync::UserAction action;
    action.folder = m_openFolderName;
    const bool allSet = std::all_of(messages.begin(), messages.end(), isSet);
    (allSet ? action.removeFlags : action.addFlags) << flag;
    for (const MessageSummary &message : messages)
        action.uids << message.uid;
    emit messageActionRequested(m_openAccountId, action);
}

void MainWindow::actOnSelection(Sync::UserAction::Kind kind)
{
    const QList<MessageSummary> messages = selectedMessages();
    if (messages.isEmpty() || m_openAccountId.isEmpty())
        return;
    Sync::UserAction action;
    action.kind = kind;
    action.folder = m_openFolderName;
    for (const MessageSummary &message : messages)
        action.uids << message.uid;
    emit messageActionRequested(m_openAccountId, action);
}

void MainWindow::folderActivated(const QModelIndex &index)
{
    const qint64 folderId = index.data(FolderTreeModel::FolderIdRole).toLongLong();
    if (folderId == m_openFolderId)
        return;
    m_openFolderId = folderId;
    m_openFolderName = index.data(FolderTreeModel::FullNameRole).toString();
    m_openAccountId = index.data(FolderTreeModel::AccountIdRole).toString();
    m_messageModel->setFolder(folderId, SpecialUse(index.data(FolderTreeModel::SpecialUseRole).toInt()));
    m_messageModel->sort(m_messageView->header()->sortIndicatorSection(), m_messageView->header()->sortIndicatorOrder());
    m_reader->clearMessage();
    statusBar()->showMessage(tr("%n message(s)", nullptr, m_messageModel->rowCount()));
}

void MainWindow::messageActivated(const QModelIndex &index)
{
    const auto message = m_messageModel->summaryAt(index.row());
    if (message)
        m_reader->showMessage(*message);
    else
        m_reader->clearMessage();
}

QDialog *MainWindow::showPendingActions()
{
    QHash<QString, QString> names;
    for (const AccountSettings &account : std::as_const(m_accounts))
        names.insert(account.id, account.displayName);
    auto *dialog = new PendingActionsDialog(m_cache, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // non-modal: the user can keep reading
    return dialog;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // non-modal: nothing waits on it
}

} // namespace Kestrel::Ui

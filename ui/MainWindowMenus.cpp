// MainWindow's menus, status bar and the dialogs they open (MainWindow.cpp holds the panes and the work).
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ConnectionIndicator.h"
#include "MainWindowActions.h"
#include "PendingActionsDialog.h"
#include "ReaderWidget.h"
#include "folders/FolderMenu.h"
#include "list/MessageListPane.h"
#include "list/QuickFilterBar.h"
#include "log/ProtocolLogWindow.h"
#include "reader/ReaderTasks.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace Kestrel::Ui {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newMessage);
    file->addAction(m_actions->getMail);
    file->addAction(m_actions->localDrafts);
    file->addSeparator();
    file->addAction(m_actions->accounts);
    file->addAction(m_actions->settings);
    file->addSeparator();
    file->addAction(m_actions->quit);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->getMail, &QAction::triggered, this, &MainWindow::syncRequested);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->toggleThreads);
    view->addAction(m_actions->quickFilter);
    connect(m_actions->toggleThreads, &QAction::toggled, m_list, &MessageListPane::setThreaded);
    connect(m_actions->quickFilter, &QAction::triggered, m_list->filterBar(), &QuickFilterBar::focusText);
    view->addSeparator();
    QAction *pending = view->addAction(tr("&Pending Actions…"));
    pending->setObjectName(QStringLiteral("showPendingActions"));
    connect(pending, &QAction::triggered, this, &MainWindow::showPendingActions);
    view->addAction(ProtocolLogWindow::createShowAction(this));

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addAction(m_actions->reply);
    message->addAction(m_actions->replyAll);
    message->addAction(m_actions->forward);
    message->addAction(m_actions->forwardAsAttachment);
    message->addAction(m_actions->editDraft);
    message->addSeparator();
    message->addAction(m_actions->toggleRead);
    message->addAction(m_actions->toggleFlag);
    message->addAction(m_actions->deleteMessage);
    message->addSeparator();
    message->addAction(m_reader->viewSourceAction());
    message->addAction(m_reader->saveAllAction());

    connect(m_actions->toggleRead, &QAction::triggered, this, [this] {
        toggleFlagOnSelection(QStringLiteral("\\Seen"), [](const MessageSummary &m) { return m.flags.isSeen(); });
    });
    connect(m_actions->toggleFlag, &QAction::triggered, this, [this] {
        toggleFlagOnSelection(QStringLiteral("\\Flagged"),
                              [](const MessageSummary &m) { return m.flags.system.testFlag(MessageFlag::Flagged); });
    });
    connect(m_actions->deleteMessage, &QAction::triggered, this, [this] { actOnSelection(Sync::UserAction::Kind::Delete); });

    buildGoMenu();
    buildFolderMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_connection = new ConnectionIndicator;
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->showMessage(tr("Ready"));
    // What became of a save, an open or a download started in the reader.
    connect(m_reader->tasks(), &ReaderTasks::finished, this, [this](quint64, const QString &text, bool) {
        if (!text.isEmpty())
            statusBar()->showMessage(text);
    });
}

void MainWindow::buildGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_actions->nextUnread);
    go->addAction(m_actions->readOn);
    connect(m_actions->nextUnread, &QAction::triggered, this, [this] {
        if (!m_list->selectNextUnread())
            statusBar()->showMessage(tr("No more unread messages in this list."));
    });
    connect(m_actions->readOn, &QAction::triggered, this, &MainWindow::readOn);
}

void MainWindow::buildFolderMenu()
{
    m_folderMenu = new FolderMenu(m_folderView, m_folderModel, m_actions, m_folderCommands);
    m_folderMenu->addActionsTo(menuBar()->addMenu(tr("F&older")));
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

#include "MainWindow.h"

#include "AboutDialog.h"
#include "MainWindowActions.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>

namespace Kestrel::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new MainWindowActions(this))
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
    m_folderModel = new QStandardItemModel(this);
    m_folderView->setModel(m_folderModel);

    m_messageView = new QTreeView;
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setRootIsDecorated(false);
    m_messageView->setUniformRowHeights(true); // lets the view lay out 100k rows without measuring each
    m_messageView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_messageView->setAccessibleName(tr("Messages"));

    m_readerView = new QTextBrowser;
    m_readerView->setObjectName(QStringLiteral("readerView"));
    m_readerView->setOpenLinks(false); // links are checked and opened by the reader, never followed blindly
    m_readerView->setAccessibleName(tr("Message"));
    m_readerView->setPlaceholderText(tr("Select a message to read it."));

    auto *rightSplitter = new QSplitter(Qt::Vertical);
    rightSplitter->addWidget(m_messageView);
    rightSplitter->addWidget(m_readerView);
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->toggleThreads);

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addAction(m_actions->reply);
    message->addAction(m_actions->replyAll);
    message->addAction(m_actions->forward);
    message->addSeparator();
    message->addAction(m_actions->toggleRead);
    message->addAction(m_actions->toggleFlag);
    message->addAction(m_actions->deleteMessage);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_connectionLabel = new QLabel(tr("No accounts configured"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::setAccounts(const QList<AccountSettings> &accounts)
{
    m_folderModel->clear();
    for (const AccountSettings &account : accounts) {
        auto *item = new QStandardItem(QIcon::fromTheme(QStringLiteral("folder-mail")), account.displayName);
        item->setToolTip(account.email);
        item->setEditable(false);
        m_folderModel->appendRow(item);
    }
    m_connectionLabel->setText(accounts.isEmpty() ? tr("No accounts configured")
                                                  : tr("%n account(s)", nullptr, int(accounts.size())));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // non-modal: nothing waits on it
}

} // namespace Kestrel::Ui

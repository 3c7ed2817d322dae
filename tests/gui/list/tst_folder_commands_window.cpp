// The folder tree's context menu in the real (offscreen) main window over a real SQLite cache: new,
// rename, delete (only after the confirmation), mark all read; bad names get a message and no action.
#include "ListTestCache.h"

#include "MainWindow.h"
#include "MainWindowActions.h"
#include "folders/FolderCommands.h"
#include "folders/FolderMenu.h"
#include "models/FolderTreeModel.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using Kestrel::Sync::UserAction;
using Kestrel::Ui::FolderCommands;
using Kestrel::Ui::MainWindow;

class TestFolderCommandsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Kestrel::Database writer;
        QVERIFY(!writer.open(path));
        m_inbox = ListTest::addFolder(writer, QStringLiteral("alice"), QStringLiteral("INBOX"), Kestrel::SpecialUse::Inbox);
        m_projects = ListTest::addFolder(writer, QStringLiteral("alice"), QStringLiteral("Projects"), Kestrel::SpecialUse::None, 7);
        m_old = ListTest::addFolder(writer, QStringLiteral("alice"), QStringLiteral("Projects/Old"), Kestrel::SpecialUse::None);
        QVERIFY(m_old);
        writer.close();
        QVERIFY(!m_cache.open(path, Kestrel::Database::Access::ReadOnly));
    }

    void contextMenuOffersRenameAndDeleteForOwnFoldersOnly()
    {
        MainWindow window(m_cache);
        showWindow(window);
        QMenu *menu = contextMenuAt(window, m_inbox);
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 7); // four, a separator, subscribe and unsubscribe
        QVERIFY(!window.actions()->renameFolder->isEnabled()); // the Inbox stays the Inbox
        QVERIFY(!window.actions()->deleteFolder->isEnabled());
        QVERIFY(window.actions()->markFolderRead->isEnabled());
        menu->close();
        QVERIFY(window.actions()->renameFolder->isEnabled()); // the Folder menu checks for itself
        menu = contextMenuAt(window, m_projects);
        QVERIFY(window.actions()->renameFolder->isEnabled());
        QVERIFY(window.actions()->deleteFolder->isEnabled());
        menu->close();
    }

    void renameAsksForTheNewNameAndKeepsTheParent()
    {
        MainWindow window(m_cache);
        showWindow(window);
        window.folderView()->setCurrentIndex(window.folderModel()->indexOfFolder(m_old));
        QSignalSpy requested(&window, &MainWindow::messageActionRequested);
        window.actions()->renameFolder->trigger(); // returns at once: the dialog is not modal
        auto *dialog = window.findChild<QInputDialog *>(QStringLiteral("folderNameDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), QStringLiteral("Old"));
        dialog->setTextValue(QStringLiteral("  Older  "));
        dialog->accept();
        QCOMPARE(requested.size(), 1);
        const auto action = requested[0][1].value<UserAction>();
        QCOMPARE(action.kind, UserAction::Kind::RenameFolder);
        QCOMPARE(action.folder, QStringLiteral("Projects/Old"));
        QCOMPARE(action.target, QStringLiteral("Projects/Older"));
        QCOMPARE(requested[0][0].toString(), QStringLiteral("alice"));
    }

    void newFolderRejectsANameWithTheDelimiter()
    {
        MainWindow window(m_cache);
        showWindow(window);
        window.folderView()->setCurrentIndex(window.folderModel()->indexOfFolder(m_projects));
        QSignalSpy requested(&window, &MainWindow::messageActionRequested);
        window.actions()->newFolder->trigger();
        auto *dialog = window.findChild<QInputDialog *>(QStringLiteral("folderNameDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("a/b"));
        dialog->accept();
        QCOMPARE(requested.size(), 0);
        auto *problem = window.findChild<QMessageBox *>(QStringLiteral("folderNameProblem"));
        QVERIFY(problem);
        QVERIFY2(problem->text().contains(QStringLiteral("“/”")), qPrintable(problem->text()));
        problem->accept();

        window.actions()->newFolder->trigger();
        QTRY_VERIFY(window.findChildren<QInputDialog *>(QStringLiteral("folderNameDialog")).size() == 1);
        dialog = window.findChild<QInputDialog *>(QStringLiteral("folderNameDialog"));
        dialog->setTextValue(QStringLiteral("Kestrel"));
        dialog->accept();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][1].value<UserAction>().kind, UserAction::Kind::CreateFolder);
        QCOMPARE(requested[0][1].value<UserAction>().folder, QStringLiteral("Projects/Kestrel"));
        QCOMPARE(FolderCommands::nameProblem(QStringLiteral(" "), QStringLiteral("/")).isEmpty(), false);
    }

    void deleteHappensOnlyAfterTheConfirmation()
    {
        MainWindow window(m_cache);
        showWindow(window);
        window.folderView()->setCurrentIndex(window.folderModel()->indexOfFolder(m_projects));
        QSignalSpy requested(&window, &MainWindow::messageActionRequested);
        window.actions()->deleteFolder->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("deleteFolderConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Projects")) && box->text().contains(QStringLiteral("7")),
                 qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(requested.size(), 0);

        window.actions()->deleteFolder->trigger();
        QTRY_VERIFY(window.findChildren<QMessageBox *>(QStringLiteral("deleteFolderConfirmation")).size() == 1);
        box = window.findChild<QMessageBox *>(QStringLiteral("deleteFolderConfirmation"));
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = button;
        }
        QVERIFY(remove);
        remove->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][1].value<UserAction>().kind, UserAction::Kind::DeleteFolder);
        QCOMPARE(requested[0][1].value<UserAction>().folder, QStringLiteral("Projects"));
    }

    void unsubscribeGoesDownAsAnAction()
    {
        MainWindow window(m_cache);
        showWindow(window);
        window.folderView()->setCurrentIndex(window.folderModel()->indexOfFolder(m_old));
        QSignalSpy requested(&window, &MainWindow::messageActionRequested);
        window.actions()->unsubscribeFolder->trigger();
        window.actions()->subscribeFolder->trigger();
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested[0][1].value<UserAction>().kind, UserAction::Kind::UnsubscribeFolder);
        QCOMPARE(requested[0][1].value<UserAction>().folder, QStringLiteral("Projects/Old"));
        QCOMPARE(requested[1][1].value<UserAction>().kind, UserAction::Kind::SubscribeFolder);
    }

    void markAllReadGoesDownAsOneAction()
    {
        MainWindow window(m_cache);
        showWindow(window);
        window.folderView()->setCurrentIndex(window.folderModel()->indexOfFolder(m_inbox));
        QSignalSpy requested(&window, &MainWindow::messageActionRequested);
        window.actions()->markFolderRead->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][1].value<UserAction>().kind, UserAction::Kind::MarkFolderRead);
        QCOMPARE(requested[0][1].value<UserAction>().folder, QStringLiteral("INBOX"));
    }

private:
    void showWindow(MainWindow &window)
    {
        window.setAccounts({ListTest::account(QStringLiteral("alice"))});
        window.folderView()->expandAll();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    QMenu *contextMenuAt(MainWindow &window, qint64 folderId)
    {
        const QRect rect = window.folderView()->visualRect(window.folderModel()->indexOfFolder(folderId));
        return window.folderMenu()->showContextMenu(rect.center());
    }

    QTemporaryDir m_dir;
    Kestrel::Database m_cache;
    qint64 m_inbox = 0;
    qint64 m_projects = 0;
    qint64 m_old = 0;
};

QTEST_MAIN(TestFolderCommandsWindow)
#include "tst_folder_commands_window.moc"

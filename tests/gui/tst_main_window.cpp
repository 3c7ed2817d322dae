// The skeleton main window in a real (offscreen) window: three panes, menus with shortcuts, About.
#include "AboutDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using Kestrel::Ui::AboutDialog;
using Kestrel::Ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsThreePanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.folderView()->isVisible());
        QVERIFY(window.messageView()->isVisible());
        QVERIFY(window.readerView()->isVisible());
        // Folder tree left of the list, list above the reader.
        QVERIFY(window.folderView()->mapTo(&window, QPoint()).x() < window.messageView()->mapTo(&window, QPoint()).x());
        QVERIFY(window.messageView()->mapTo(&window, QPoint()).y() < window.readerView()->mapTo(&window, QPoint()).y());
    }

    void menusCarryTheMailShortcuts()
    {
        MainWindow window;
        QStringList menuTitles;
        QHash<QString, QKeySequence> shortcuts;
        const auto menuActions = window.menuBar()->actions();
        for (QAction *menuAction : menuActions) {
            menuTitles << menuAction->text();
            const auto actions = menuAction->menu()->actions();
            for (QAction *action : actions)
                shortcuts.insert(action->text(), action->shortcut());
        }
        QCOMPARE(menuTitles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Message"), QStringLiteral("&Help")}));
        QCOMPARE(shortcuts.value(QStringLiteral("&Reply")), QKeySequence(Qt::Key_R));
        QCOMPARE(shortcuts.value(QStringLiteral("Reply &All")), QKeySequence(Qt::SHIFT | Qt::Key_R));
        QCOMPARE(shortcuts.value(QStringLiteral("&Forward")), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(shortcuts.value(QStringLiteral("Mark as &Read/Unread")), QKeySequence(Qt::Key_M));
    }

    void listsTheProfileAccounts()
    {
        MainWindow window;
        Kestrel::AccountSettings alice, bob;
        alice.displayName = QStringLiteral("Alice (work)");
        bob.displayName = QStringLiteral("Bob (home)");
        window.setAccounts({alice, bob});
        QAbstractItemModel *model = window.folderView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), alice.displayName);
        QCOMPARE(model->index(1, 0).data().toString(), bob.displayName);
    }

    void aboutShowsTheVersionWithoutBlocking()
    {
        MainWindow window;
        window.show();
        QAction *about = nullptr;
        const auto menuActions = window.menuBar()->actions();
        for (QAction *action : menuActions[3]->menu()->actions())
            about = action;
        QVERIFY(about);
        about->trigger(); // returns at once: the dialog is not modal
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("aboutText"))->text().contains(QStringLiteral(KESTREL_VERSION)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"

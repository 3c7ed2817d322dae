// The skeleton main window in a real (offscreen) window: three panes, menus with shortcuts, About.
#include "AboutDialog.h"
#include "ConnectionIndicator.h"
#include "MainWindow.h"
#include "ReaderPane.h"

#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "cache/OfflineQueue.h"
#include "send/OutboxStore.h"
#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"

#include <QTemporaryDir>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QDialog>

using Kestrel::Ui::AboutDialog;
using Kestrel::Ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Kestrel::Database writer;
        QVERIFY(!writer.open(path));
        QVERIFY(!Kestrel::AccountStore(writer).ensureAccount(QStringLiteral("alice"), QStringLiteral("Alice")));
        Kestrel::FolderInfo inbox;
        inbox.accountId = QStringLiteral("alice");
        inbox.name = QStringLiteral("INBOX");
        inbox.role = Kestrel::SpecialUse::Inbox;
        QVERIFY(!Kestrel::FolderStore(writer).upsertFolder(inbox));
        QList<Kestrel::MessageSummary> messages;
        for (quint32 uid = 1; uid <= 3; ++uid) {
            Kestrel::MessageSummary m;
            m.uid = uid;
            m.internalDate = QDateTime::currentDateTimeUtc().addSecs(-3600 * qint64(uid));
            m.subject = QStringLiteral("Тема <b>%1</b>").arg(uid);
            m.from = {{QStringLiteral("Jānis Bērziņš"), QStringLiteral("janis@example.lv")}};
            messages << m;
        }
        QVERIFY(!Kestrel::MessageStore(writer).upsertMessages(inbox.id, messages));
        writer.close();
        QVERIFY(!m_cache.open(path, Kestrel::Database::Access::ReadOnly));
    }

    void opensTheInboxAndShowsAMessage()
    {
        MainWindow window(m_cache);
        Kestrel::AccountSettings alice;
        alice.id = QStringLiteral("alice");
        alice.displayName = QStringLiteral("Alice (work)");
        window.setAccounts({alice});
        window.showFirstInbox();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.messageModel()->rowCount(), 3);
        QCOMPARE(window.messageModel()->index(0, Kestrel::MessageListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Тема <b>1</b>"));
        window.messageView()->setCurrentIndex(window.messageModel()->index(0, 0));
        const QString shown = window.readerView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Тема <b>1</b>")), qPrintable(shown)); // escaped, not bold markup
        QVERIFY(shown.contains(QStringLiteral("Jānis Bērziņš <janis@example.lv>")));
    }

    void neverSyncedProfileOpensItsInboxOnceTheSyncListsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        Kestrel::Database writer;
        QVERIFY(!writer.open(path));
        QVERIFY(!Kestrel::AccountStore(writer).ensureAccount(QStringLiteral("bob"), QStringLiteral("Bob")));
        Kestrel::Database cache;
        QVERIFY(!cache.open(path, Kestrel::Database::Access::ReadOnly));
        MainWindow window(cache);
        Kestrel::AccountSettings bob;
        bob.id = QStringLiteral("bob");
        window.setAccounts({bob});
        window.showFirstInbox(); // what the application does at start: no Inbox yet, nothing opens
        QCOMPARE(window.messageModel()->rowCount(), 0);

        Kestrel::FolderInfo inbox; // what the first sync stores
        inbox.accountId = QStringLiteral("bob");
        inbox.name = QStringLiteral("INBOX");
        inbox.role = Kestrel::SpecialUse::Inbox;
        QVERIFY(!Kestrel::FolderStore(writer).upsertFolder(inbox));
        Kestrel::MessageSummary message;
        message.uid = 7;
        message.subject = QStringLiteral("Welcome");
        QVERIFY(!Kestrel::MessageStore(writer).upsertMessages(inbox.id, {message}));
        window.cacheChanged();
        QCOMPARE(window.messageModel()->rowCount(), 1);
        QCOMPARE(window.messageModel()->index(0, Kestrel::MessageListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Welcome"));

        // Once something is open, a later change does not move the user elsewhere.
        Kestrel::FolderInfo other;
        other.accountId = QStringLiteral("bob");
        other.name = QStringLiteral("Archive");
        QVERIFY(!Kestrel::FolderStore(writer).upsertFolder(other));
        window.cacheChanged();
        QCOMPARE(window.messageModel()->rowCount(), 1);
    }

    void connectionIndicatorShowsEachAccountAndOffline()
    {
        MainWindow window(m_cache);
        Kestrel::AccountSettings work, home;
        work.id = QStringLiteral("work");
        work.displayName = QStringLiteral("Work");
        home.id = QStringLiteral("home");
        home.displayName = QStringLiteral("Home");
        window.setAccounts({work, home});
        auto *indicator = window.connectionIndicator();
        QVERIFY(indicator->text().contains(QStringLiteral("Work")) && indicator->text().contains(QStringLiteral("Home")));
        using Kestrel::Sync::ConnectionState;
        Kestrel::Sync::ConnectionStatus online{ConnectionState::Online, std::nullopt, false};
        Kestrel::Sync::ConnectionStatus down{ConnectionState::Offline,
                                            Kestrel::Error::make(Kestrel::Error::Code::Network, QStringLiteral("Could not reach imap.home.test")), true};
        window.setConnectionStatus(QStringLiteral("work"), online);
        window.setConnectionStatus(QStringLiteral("home"), down);
        QVERIFY(!indicator->isOffline());
        QVERIFY(indicator->toolTip().contains(QStringLiteral("Home: offline, will retry: Could not reach imap.home.test")));
        QVERIFY(indicator->toolTip().contains(QStringLiteral("Work: online")));
        window.setConnectionStatus(QStringLiteral("work"), down);
        QVERIFY(indicator->isOffline());
        QVERIFY(indicator->text().contains(QStringLiteral("<b>Offline</b>")));
    }

    void pendingActionsListsTheQueue()
    {
        {
            Kestrel::Database writer;
            QVERIFY(!writer.open(m_dir.filePath(QStringLiteral("cache.sqlite"))));
            qint64 id = 0;
            QVERIFY(!Kestrel::OfflineQueue(writer).enqueue(QStringLiteral("alice"), QStringLiteral("flags"),
                                                           R"({"folder":"INBOX","uids":[2],"add":["\Seen"]})", id));
            Kestrel::Send::OutboxEntry outgoing;
            outgoing.accountId = QStringLiteral("alice");
            outgoing.messageId = "<m1@example.test>";
            outgoing.mailFrom = QStringLiteral("alice@example.test");
            outgoing.recipients = {QStringLiteral("bob@example.test")};
            outgoing.message = "Subject: Minutes\r\n\r\nText\r\n";
            outgoing.subject = QStringLiteral("Minutes");
            outgoing.lastError = QStringLiteral("Could not connect");
            QVERIFY(!Kestrel::Send::OutboxStore(writer).add(outgoing));
        }
        MainWindow window(m_cache);
        Kestrel::AccountSettings alice;
        alice.id = QStringLiteral("alice");
        alice.displayName = QStringLiteral("Alice (work)");
        window.setAccounts({alice});
        QDialog *dialog = window.showPendingActions();
        auto *list = dialog->findChild<QTreeWidget *>();
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2); // the queued flag change and the message in the outbox
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Alice (work)"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("waiting"));
        QVERIFY2(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("flags")), qPrintable(list->topLevelItem(0)->text(3)));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("waiting"));
        QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("Send “Minutes” to bob@example.test"));
        QCOMPARE(list->topLevelItem(1)->text(5), QStringLiteral("Could not connect"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("showPendingActions")));
        dialog->close();
    }

    void showsThreePanes()
    {
        MainWindow window(m_cache);
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
        MainWindow window(m_cache);
        QStringList menuTitles;
        QHash<QString, QKeySequence> shortcuts;
        const auto menuActions = window.menuBar()->actions();
        for (QAction *menuAction : menuActions) {
            menuTitles << menuAction->text();
            const auto actions = menuAction->menu()->actions();
            for (QAction *action : actions)
                shortcuts.insert(action->text(), action->shortcut());
        }
        QCOMPARE(menuTitles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Message"),
                                          QStringLiteral("&Go"), QStringLiteral("F&older"), QStringLiteral("&Help")}));
        QCOMPARE(shortcuts.value(QStringLiteral("&Reply")), QKeySequence(Qt::Key_R));
        QCOMPARE(shortcuts.value(QStringLiteral("Reply &All")), QKeySequence(Qt::SHIFT | Qt::Key_R));
        QCOMPARE(shortcuts.value(QStringLiteral("&Forward")), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(shortcuts.value(QStringLiteral("Mark as &Read/Unread")), QKeySequence(Qt::Key_M));
    }

    void listsTheProfileAccounts()
    {
        MainWindow window(m_cache);
        Kestrel::AccountSettings alice, bob;
        alice.displayName = QStringLiteral("Alice (work)");
        bob.displayName = QStringLiteral("Bob (home)");
        alice.id = QStringLiteral("alice");
        bob.id = QStringLiteral("bob");
        window.setAccounts({alice, bob});
        QAbstractItemModel *model = window.folderView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), alice.displayName);
        QCOMPARE(model->index(1, 0).data().toString(), bob.displayName);
        QCOMPARE(model->rowCount(model->index(0, 0)), 1); // alice's INBOX from the cache
        QCOMPARE(model->rowCount(model->index(1, 0)), 0);
    }

    void aboutShowsTheVersionWithoutBlocking()
    {
        MainWindow window(m_cache);
        window.show();
        QAction *about = nullptr;
        const auto menuActions = window.menuBar()->actions();
        for (QAction *action : menuActions.constLast()->menu()->actions()) // Help, the last menu
            about = action;
        QVERIFY(about);
        about->trigger(); // returns at once: the dialog is not modal
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("aboutText"))->text().contains(QStringLiteral(KESTREL_VERSION)));
    }

private:
    QTemporaryDir m_dir;
    Kestrel::Database m_cache;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"

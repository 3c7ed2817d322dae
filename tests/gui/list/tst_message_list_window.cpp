// The message list in the real (offscreen) main window over a real SQLite cache: the quick filter as
// you type, threads on the View toggle, All Inboxes across accounts, mark as read after the configured
// delay, Space reading on to the next unread message, dragging messages onto a folder, and the menus'
// shortcuts. User actions are checked where they leave the window (messageActionRequested).
#include "ListTestCache.h"

#include "MainWindow.h"
#include "MainWindowActions.h"
#include "MessageDelegate.h"
#include "ReaderPane.h"
#include "list/MessageListPane.h"
#include "list/QuickFilterBar.h"
#include "list/ReadMarker.h"
#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"
#include "models/ThreadedMessageModel.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using Kestrel::Sync::UserAction;
using Kestrel::Ui::MainWindow;

namespace {

// The delegate's text for a row, as the view asks for it with the given tree state.
struct DelegateProbe : Kestrel::Ui::MessageDelegate {
    QString text(const QModelIndex &index, QStyle::State state) const
    {
        QStyleOptionViewItem option;
        option.state = state;
        initStyleOption(&option, index);
        return option.text;
    }
};

} // namespace

class TestMessageListWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Kestrel::Database writer;
        QVERIFY(!writer.open(path));
        m_aliceInbox = ListTest::addFolder(writer, QStringLiteral("alice"), QStringLiteral("INBOX"), Kestrel::SpecialUse::Inbox);
        m_aliceArchive = ListTest::addFolder(writer, QStringLiteral("alice"), QStringLiteral("Archive"), Kestrel::SpecialUse::Archive);
        m_bobInbox = ListTest::addFolder(writer, QStringLiteral("bob"), QStringLiteral("INBOX"), Kestrel::SpecialUse::Inbox);
        QVERIFY(ListTest::fill(writer, m_aliceInbox, 1, 600, QStringLiteral("alice"), 3)); // threads of 3
        QVERIFY(ListTest::fill(writer, m_bobInbox, 1, 40, QStringLiteral("bob")));
        writer.close();
        QVERIFY(!m_cache.open(path, Kestrel::Database::Access::ReadOnly));
    }

    void init()
    {
        QSettings().setValue(Kestrel::Ui::ReadMarker::delaySetting(), -1); // each test sets what it needs
    }

    void quickFilterNarrowsTheListAsYouType()
    {
        MainWindow window(m_cache);
        openAliceInbox(window);
        QCOMPARE(window.messageModel()->rowCount(), 600);
        auto *text = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
        QVERIFY(text);
        QTest::keyClicks(text, QStringLiteral("zeb")); // the last word matches as a prefix
        QCOMPARE(window.messageModel()->rowCount(), 600); // debounced: nothing yet
        QTRY_COMPARE(window.messageModel()->rowCount(), 12); // every 50th of 600
        QCOMPARE(window.messageModel()->index(0, Kestrel::MessageListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Report 00600 zebra"));

        text->clear();
        QTest::keyClicks(text, QStringLiteral("00600 zeb")); // two words: both must match
        QCOMPARE(text->text(), QStringLiteral("00600 zeb"));
        QTRY_COMPARE(window.messageModel()->rowCount(), 1);
        text->setText(QStringLiteral("zeb"));
        QTRY_COMPARE(window.messageModel()->rowCount(), 12);

        auto *flagged = window.findChild<QToolButton *>(QStringLiteral("filterFlagged"));
        flagged->click(); // toggles apply at once; every 50th is also a 10th: all flagged
        QCOMPARE(window.messageModel()->rowCount(), 12);
        window.findChild<QToolButton *>(QStringLiteral("filterUnread"))->click();
        QCOMPARE(window.messageModel()->rowCount(), 8); // not multiples of 150
        QTest::keyClick(text, Qt::Key_Escape); // clears the text at once
        QCOMPARE(text->text(), QString());
        QCOMPARE(window.messageModel()->rowCount(), 40); // unread and flagged: 60 flagged - 20 seen

        window.findChild<QToolButton *>(QStringLiteral("filterAttachment"))->click();
        QCOMPARE(window.messageModel()->rowCount(), 20); // flagged (10s) with attachment (4s): 20s, unread
        window.folderView()->setCurrentIndex(window.folderModel()->indexOfFolder(m_aliceArchive));
        QVERIFY(!flagged->isChecked()); // another folder starts unfiltered
        QCOMPARE(window.messageModel()->rowCount(), 0);
    }

    void threadsToggleShowsConversations()
    {
        MainWindow window(m_cache);
        openAliceInbox(window);
        window.messageView()->setCurrentIndex(window.messageModel()->index(1, 0)); // uid 599: a reply to 598
        QCOMPARE(window.currentMessage()->uid, 599u);
        window.actions()->toggleThreads->trigger();
        QCOMPARE(window.messageView()->model(), window.threadModel());
        QTRY_COMPARE(window.threadModel()->rowCount(), 200); // 600 messages in threads of 3
        QTRY_VERIFY(window.currentMessage().has_value());
        QCOMPARE(window.currentMessage()->uid, 599u);    // still selected, its thread opened
        QVERIFY(window.messageView()->isExpanded(window.messageView()->currentIndex().parent()));
        QCOMPARE(window.messageView()->treePosition(), int(Kestrel::MessageListModel::SubjectColumn));
        const QModelIndex thread = window.threadModel()->index(1, Kestrel::MessageListModel::SubjectColumn); // 595..597
        DelegateProbe probe;
        QCOMPARE(probe.text(thread, QStyle::State_Children), QStringLiteral("Report 00595 (3 message(s))"));
        QCOMPARE(probe.text(thread, QStyle::State_Children | QStyle::State_Open), QStringLiteral("Report 00595"));

        auto *text = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
        text->setText(QStringLiteral("zebra")); // the filter works on threads too
        QTRY_COMPARE(window.threadModel()->messageCount(), 12);
        window.actions()->toggleThreads->trigger();
        QCOMPARE(window.messageView()->model(), window.messageModel());
        QCOMPARE(window.messageModel()->rowCount(), 12); // and survives the way back
        window.messageView()->setCurrentIndex(window.messageModel()->index(3, 0));
        const quint32 selected = window.currentMessage()->uid;
        window.actions()->toggleThreads->trigger();
        QTRY_COMPARE(window.threadModel()->messageCount(), 12);
        QTRY_VERIFY(window.currentMessage().has_value());
        QCOMPARE(window.currentMessage()->uid, selected);
        window.actions()->toggleThreads->trigger();
        QCOMPARE(window.currentMessage()->uid, selected); // back in the flat list, still selected
    }

    void allInboxesListsEveryAccountAndActsPerAccount()
    {
        MainWindow window(m_cache);
        window.setAccounts({ListTest::account(QStringLiteral("alice")), ListTest::account(QStringLiteral("bob"))});
        const QModelIndex all = window.folderModel()->index(0, 0);
        QCOMPARE(all.data().toString(), QStringLiteral("All Inboxes"));
        window.folderView()->setCurrentIndex(all);
        QCOMPARE(window.messageModel()->rowCount(), 640);
        // Bob's 40 are the oldest (uids 1..40 of both have the same dates): select one of each account.
        QItemSelectionModel *selection = window.messageView()->selectionModel();
        selection->select(window.messageModel()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        int bobRow = -1;
        for (int row = window.messageModel()->rowCount() - 1; row >= 0 && bobRow < 0; --row) {
            if (window.messageModel()->index(row, 0).data(Kestrel::MessageListModel::AccountIdRole).toString() == QStringLiteral("bob"))
                bobRow = row;
        }
        QVERIFY(bobRow > 0);
        selection->select(window.messageModel()->index(bobRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy requested(&window, &MainWindow::messageActionRequested);
        window.actions()->toggleFlag->trigger();
        QCOMPARE(requested.size(), 2); // one action per account and folder
        QStringList accounts;
        for (const auto &call : requested) {
            accounts << call[0].toString();
            QCOMPARE(call[1].value<UserAction>().folder, QStringLiteral("INBOX"));
            QCOMPARE(call[1].value<UserAction>().uids.size(), 1);
        }
        accounts.sort();
        QCOMPARE(accounts, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    }

    void marksReadAfterTheConfiguredDelay()
    {
        MainWindow window(m_cache);
        openAliceInbox(window);
        QSignalSpy requested(&window, &MainWindow::messageActionRequested);
        QSettings().setValue(Kestrel::Ui::ReadMarker::delaySetting(), 150);
        window.messageView()->setCurrentIndex(window.messageModel()->index(1, 0)); // uid 599, unread
        QCOMPARE(requested.size(), 0);
        QTRY_COMPARE(requested.size(), 1);
        const auto action = requested[0][1].value<UserAction>();
        QCOMPARE(action.addFlags, QStringList{QStringLiteral("\\Seen")});
        QCOMPARE(action.uids, QList<quint32>{599});

        window.messageView()->setCurrentIndex(window.messageModel()->index(2, 0)); // uid 598, unread ...
        window.messageView()->setCurrentIndex(window.messageModel()->index(0, 0)); // ... skipped past: 600 is read
        QTest::qWait(400);
        QCOMPARE(requested.size(), 1);

        QSettings().setValue(Kestrel::Ui::ReadMarker::delaySetting(), 0); // at once
        window.messageView()->setCurrentIndex(window.messageModel()->index(4, 0)); // uid 596
        QCOMPARE(requested.size(), 2);
        QSettings().setValue(Kestrel::Ui::ReadMarker::delaySetting(), -1); // never
        window.messageView()->setCurrentIndex(window.messageModel()->index(5, 0));
        QTest::qWait(Kestrel::Ui::ReadMarker::DefaultDelayMs + 200);
        QCOMPARE(requested.size(), 2);
    }

    void spaceReadsOnThenOpensTheNextUnread()
    {
        MainWindow window(m_cache);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openAliceInbox(window);
        window.messageView()->setCurrentIndex(window.messageModel()->index(0, 0)); // uid 600, read
        QScrollBar *bar = window.readerView()->verticalScrollBar();
        bar->setValue(bar->maximum()); // nothing left to read in this one
        QTest::keyClick(window.messageView(), Qt::Key_Space);
        QCOMPARE(window.currentMessage()->uid, 599u);
        bar->setValue(bar->maximum());
        window.actions()->readOn->trigger();
        QCOMPARE(window.currentMessage()->uid, 598u);
        window.actions()->nextUnread->trigger(); // N: 597 is read, 596 next
        QCOMPARE(window.currentMessage()->uid, 596u);
    }

    void droppingMessagesOnAFolderMovesOrCopiesThem()
    {
        MainWindow window(m_cache);
        openAliceInbox(window);
        const QModelIndexList rows{window.messageModel()->index(0, 0), window.messageModel()->index(0, 3),
                                   window.messageModel()->index(1, 0)};
        std::unique_ptr<QMimeData> data(window.messageModel()->mimeData(rows));
        QSignalSpy requested(&window, &MainWindow::messageActionRequested);
        const QModelIndex archive = window.folderModel()->indexOfFolder(m_aliceArchive);
        QVERIFY(window.folderModel()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, archive));
        QVERIFY(window.folderModel()->dropMimeData(data.get(), Qt::CopyAction, -1, -1, archive));
        QCOMPARE(requested.size(), 2);
        const auto move = requested[0][1].value<UserAction>();
        QCOMPARE(move.kind, UserAction::Kind::Move);
        QCOMPARE(move.folder, QStringLiteral("INBOX"));
        QCOMPARE(move.target, QStringLiteral("Archive"));
        QCOMPARE(move.uids, (QList<quint32>{600, 599}));
        QCOMPARE(requested[1][1].value<UserAction>().kind, UserAction::Kind::Copy);
    }

    void menusCarryEveryActionWithItsShortcut()
    {
        MainWindow window(m_cache);
        QStringList titles;
        QHash<QString, QKeySequence> shortcuts;
        for (QAction *menu : window.menuBar()->actions()) {
            titles << menu->text();
            for (QAction *action : menu->menu()->actions())
                shortcuts.insert(action->text(), action->shortcut());
        }
        QVERIFY(titles.contains(QStringLiteral("&Go")));
        QVERIFY(titles.contains(QStringLiteral("F&older")));
        QCOMPARE(shortcuts.value(QStringLiteral("&Threads")), QKeySequence(Qt::CTRL | Qt::Key_T));
        QCOMPARE(shortcuts.value(QStringLiteral("&Quick Filter")), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        QCOMPARE(shortcuts.value(QStringLiteral("Read &On")), QKeySequence(Qt::Key_Space));
        QCOMPARE(shortcuts.value(QStringLiteral("&Next Unread Message")), QKeySequence(Qt::Key_N));
        QCOMPARE(shortcuts.value(QStringLiteral("&Mark Folder Read")), QKeySequence(Qt::SHIFT | Qt::Key_C));
        QCOMPARE(shortcuts.value(QStringLiteral("&Delete")), QKeySequence(QKeySequence::Delete));
        QCOMPARE(shortcuts.value(QStringLiteral("&Flag/Unflag")), QKeySequence(Qt::Key_S));
        QVERIFY(shortcuts.contains(QStringLiteral("&New Folder…")));

        window.actions()->quickFilter->trigger();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.actions()->quickFilter->trigger();
        QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("filterText"))->hasFocus());
    }

private:
    void openAliceInbox(MainWindow &window)
    {
        window.setAccounts({ListTest::account(QStringLiteral("alice"))});
        window.showFirstInbox();
    }

    QTemporaryDir m_dir;
    Kestrel::Database m_cache;
    qint64 m_aliceInbox = 0;
    qint64 m_aliceArchive = 0;
    qint64 m_bobInbox = 0;
};

QTEST_MAIN(TestMessageListWindow)
#include "tst_message_list_window.moc"

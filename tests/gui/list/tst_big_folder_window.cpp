// A 100k-message folder in the real (offscreen) main window, from a real SQLite cache: it opens, scrolls
// to the end and back, filters and threads without loading every row. The times are printed as a
// benchmark (no timing asserts: the machine's load decides them); what is asserted is what was shown.
#include "ListTestCache.h"

#include "MainWindow.h"
#include "MainWindowActions.h"
#include "models/MessageListModel.h"
#include "models/ThreadedMessageModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using Kestrel::Ui::MainWindow;

class TestBigFolderWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Kestrel::Database writer;
        QVERIFY(!writer.open(path));
        const qint64 inbox = ListTest::addFolder(writer, QStringLiteral("alice"), QStringLiteral("INBOX"), Kestrel::SpecialUse::Inbox);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(ListTest::fill(writer, inbox, 1, Count, QStringLiteral("big"), 5)); // threads of 5
        qInfo("cache filled with %d messages in %lld ms", Count, timer.elapsed());
        writer.close();
        QVERIFY(!m_cache.open(path, Kestrel::Database::Access::ReadOnly));
    }

    void opensAndScrollsToTheEnd()
    {
        MainWindow window(m_cache);
        window.setAccounts({ListTest::account(QStringLiteral("alice"))});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QElapsedTimer timer;
        timer.start();
        window.showFirstInbox();
        QCoreApplication::processEvents(); // the first screen of rows is painted
        const qint64 open = timer.elapsed();
        QCOMPARE(window.messageModel()->rowCount(), Count);
        QTreeView *view = window.messageView();
        QTRY_COMPARE(view->indexAt(QPoint(5, 5)).data(Kestrel::MessageListModel::UidRole).toUInt(), quint32(Count));

        timer.restart();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        const qint64 toEnd = timer.elapsed();
        const QModelIndex last = window.messageModel()->index(Count - 1, 0);
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(last))); // the last row is on screen
        QCOMPARE(view->indexAt(view->visualRect(last).center()), last);
        QCOMPARE(last.data(Kestrel::MessageListModel::UidRole).toUInt(), 1u); // the oldest, at the bottom

        // Page by page from the end back up a few hundred rows, as a user would with Page Up.
        timer.restart();
        for (int page = 0; page < 20; ++page) {
            view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
            QCoreApplication::processEvents();
        }
        const qint64 paging = timer.elapsed();
        QVERIFY(view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum());

        timer.restart();
        view->setCurrentIndex(window.messageModel()->index(Count - 1, 0));
        QCOMPARE(window.currentMessage()->uid, 1u);
        const qint64 select = timer.elapsed();
        qInfo("100k folder: opened in %lld ms, scrolled to the end in %lld ms, 20 pages up in %lld ms,"
              " last row selected in %lld ms", open, toEnd, paging, select);
    }

    void filtersAndThreadsTheBigFolder()
    {
        MainWindow window(m_cache);
        window.setAccounts({ListTest::account(QStringLiteral("alice"))});
        window.showFirstInbox();
        QElapsedTimer timer;
        timer.start();
        window.findChild<QLineEdit *>(QStringLiteral("filterText"))->setText(QStringLiteral("zebra"));
        QTRY_COMPARE(window.messageModel()->rowCount(), Count / 50);
        qInfo("100k folder: text filter applied in %lld ms (including the %d ms pause while typing)",
              timer.elapsed(), 200);
        window.findChild<QLineEdit *>(QStringLiteral("filterText"))->clear();
        QTRY_COMPARE(window.messageModel()->rowCount(), Count);

        // The event loop's longest stall while the tree is built: a 5 ms timer notes the gaps it sees.
        QElapsedTimer tick;
        qint64 longestStall = 0;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            longestStall = qMax(longestStall, tick.restart());
        });
        timer.restart();
        tick.start();
        probe.start();
        window.actions()->toggleThreads->trigger();
        const qint64 returned = timer.elapsed(); // the GUI thread's share: the tree is built elsewhere
        QTRY_COMPARE_WITH_TIMEOUT(window.threadModel()->messageCount(), Count, 60000);
        probe.stop();
        const qint64 threads = timer.elapsed();
        QCOMPARE(window.threadModel()->rowCount(), Count / 5);
        window.messageView()->scrollToBottom();
        QCoreApplication::processEvents();
        qInfo("100k folder: threads on: the window went on after %lld ms, threads shown after %lld ms (built in %lld ms"
              " on a pool thread), %d threads; longest event-loop stall meanwhile %lld ms", returned, threads,
              window.threadModel()->lastBuildMs(), window.threadModel()->rowCount(), longestStall);
    }

private:
    static constexpr int Count = 100000;
    QTemporaryDir m_dir;
    Kestrel::Database m_cache;
};

QTEST_MAIN(TestBigFolderWindow)
#include "tst_big_folder_window.moc"

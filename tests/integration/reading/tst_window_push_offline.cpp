// The window as a user meets it, against the real Dovecot: mail delivered by LMTP shows up in the open
// message list within a second (push through SyncCoordinator, wired as app/main.cpp wires it); and with
// the server gone, the window still shows every cached folder, message and text, one calm "Offline"
// in the status bar and no error dialogs.
#include "ConnectionIndicator.h"
#include "DovecotClient.h"
#include "MainWindow.h"
#include "ReadingTestBed.h"
#include "ReaderPane.h"

#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"
#include "sync/SyncCoordinator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Kestrel;
using Kestrel::Test::DovecotServer;

class TestWindowPushOffline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString problem = m_bed.start(QStringLiteral("window-bob"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void deliveredMailAppearsInTheOpenList()
    {
        Database cache;
        {
            Database migrate;
            QVERIFY(!migrate.open(cachePath()));
        }
        QVERIFY(!cache.open(cachePath(), Database::Access::ReadOnly));
        Sync::SyncCoordinator sync(cachePath(), m_credentials);
        Ui::MainWindow window(cache);
        window.setAccounts({m_bob});
        QObject::connect(&sync, &Sync::SyncCoordinator::cacheChanged, &window, &Ui::MainWindow::cacheChanged);
        QObject::connect(&sync, &Sync::SyncCoordinator::connectionStateChanged, &window, &Ui::MainWindow::setConnectionStatus);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&sync, &Sync::SyncCoordinator::accountFinished);
        sync.sync(m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        window.cacheChanged();
        window.showFirstInbox();
        const int before = window.messageModel()->rowCount();
        QVERIFY(before > 0);
        sync.startPush(m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(sync.connectionStatus(m_bob.id).state, Sync::ConnectionState::Online, 20000);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(Test::deliverByLmtp(m_dovecot.ports().lmtp, "bob", Test::testMessage("Pushed to the window")));
        QTRY_COMPARE_WITH_TIMEOUT(window.messageModel()->rowCount(), before + 1, 5000);
        const qint64 latency = clock.elapsed();
        qInfo("LMTP delivery to a new row in the open message list: %lld ms", latency);
        QVERIFY2(latency < 1000, qPrintable(QString::number(latency)));
        QCOMPARE(window.messageModel()->index(0, MessageListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Pushed to the window"));
        // Pushed mail is prefetched too, after the row shows; the next test reads it offline, so wait
        // for its text (under CI load the prefetch outlasted the row by more than this test took).
        window.messageView()->setCurrentIndex(window.messageModel()->index(0, 0));
        QVERIFY(QTest::qWaitFor([&] {
            window.cacheChanged();
            return !window.readerView()->toPlainText().contains(QStringLiteral("not been downloaded yet"));
        }, 15000));
        sync.stopPush(m_bob.id);
    }

    void withTheServerGoneTheCacheIsStillThere()
    {
        m_dovecot.stop();
        Database cache;
        QVERIFY(!cache.open(cachePath(), Database::Access::ReadOnly));
        Sync::SyncCoordinator sync(cachePath(), m_credentials);
        Ui::MainWindow window(cache);
        window.setAccounts({m_bob});
        QObject::connect(&sync, &Sync::SyncCoordinator::connectionStateChanged, &window, &Ui::MainWindow::setConnectionStatus);
        QSignalSpy finished(&sync, &Sync::SyncCoordinator::accountFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showFirstInbox();
        sync.syncAll({m_bob});
        sync.startPushAll({m_bob});

        // Everything cached is there: folders with counts, the list, and the newest message's text
        // (prefetched after the first sync).
        QVERIFY(window.folderModel()->rowCount(window.folderModel()->index(0, 0)) >= 5);
        QVERIFY(window.messageModel()->rowCount() > 100);
        window.messageView()->setCurrentIndex(window.messageModel()->index(0, 0));
        QVERIFY(!window.readerView()->toPlainText().contains(QStringLiteral("not been downloaded yet")));

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().at(1).value<std::optional<Error>>()); // the sync says once that it failed
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionIndicator()->isOffline(), 30000);
        QVERIFY(window.connectionIndicator()->toolTip().contains(QStringLiteral("will retry")));
        QTest::qWait(2000); // the back-off retries meanwhile: still one quiet indicator, no dialogs
        QCOMPARE(finished.size(), 1);
        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY2(!qobject_cast<QMessageBox *>(widget) || !widget->isVisible(), "an error dialog popped up");
    }

private:
    QString cachePath() const { return m_bed.cachePath(); }

    Test::ReadingTestBed m_bed;
    DovecotServer &m_dovecot = m_bed.dovecot;
    CredentialStore &m_credentials = m_bed.credentials;
    AccountSettings &m_bob = m_bed.bob;
};

QTEST_MAIN(TestWindowPushOffline)
#include "tst_window_push_offline.moc"

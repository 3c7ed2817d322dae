// The main window against the real Dovecot: selecting a folder shows its rows from the cache, and
// opening a message whose text was never fetched downloads just that (ContentFetchCoordinator on the
// account's reading thread) and shows it, without the GUI thread waiting.
#include "MainWindow.h"
#include "ReadingTestBed.h"
#include "ReaderPane.h"

#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "cache/PartStore.h"
#include "models/MessageListModel.h"
#include "sync/SyncCoordinator.h"
#include "sync/reading/ContentFetchCoordinator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Kestrel;
using Kestrel::Test::DovecotServer;

class TestReaderDovecot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString problem = m_bed.start(QStringLiteral("reader-bob"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        Sync::SyncCoordinator sync(cachePath(), m_credentials);
        QSignalSpy finished(&sync, &Sync::SyncCoordinator::accountFinished);
        sync.sync(m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!finished.first().at(1).value<std::optional<Error>>());
    }

    void openingAMessageDownloadsAndShowsItsText()
    {
        Database cache;
        QVERIFY(!cache.open(cachePath(), Database::Access::ReadOnly));
        Sync::ContentFetchCoordinator reading(cachePath(), m_credentials);
        Ui::MainWindow window(cache);
        window.setAccounts({m_bob});
        window.setContentFetcher(&reading);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showFirstInbox();
        QCOMPARE(window.messageModel()->rowCount(), 160); // the folder's rows, from the cache

        QSignalSpy fetched(&reading, &Sync::ContentFetchCoordinator::contentFetched);
        QElapsedTimer clock;
        clock.start();
        // The oldest message: months old, so the background prefetch after the sync (last 30 days) has
        // not fetched it.
        const int oldest = window.messageModel()->rowCount() - 1;
        window.messageView()->setCurrentIndex(window.messageModel()->index(oldest, 0));
        const qint64 selectMs = clock.elapsed();
        QVERIFY2(window.readerView()->toPlainText().contains(QStringLiteral("not been downloaded yet")),
                 qPrintable(window.readerView()->toPlainText()));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 20000);
        const auto error = fetched.first().at(2).value<std::optional<Error>>();
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QTRY_VERIFY_WITH_TIMEOUT(!window.readerView()->toPlainText().contains(QStringLiteral("not been downloaded yet")), 5000);
        qInfo("selecting the message took %lld ms on the GUI thread; the text arrived after %lld ms", selectMs, clock.elapsed());

        // What is shown is what was stored: the message's first text part, decoded.
        const qint64 messageId = window.messageModel()->index(oldest, 0).data(MessageListModel::MessageRowIdRole).toLongLong();
        QList<PartInfo> cached;
        QVERIFY(!PartStore(cache).cachedParts(messageId, cached));
        QVERIFY(!cached.isEmpty());
        std::optional<StoredPart> part;
        QVERIFY(!PartStore(cache).load(messageId, cached.first().section, part));
        QVERIFY(part);
        const QString firstLine = QString::fromUtf8(part->content).section(QLatin1Char('\n'), 0, 0).trimmed();
        QVERIFY(!firstLine.isEmpty());
        if (cached.first().mimeType == QLatin1String("text/plain"))
            QVERIFY2(window.readerView()->toPlainText().contains(firstLine), qPrintable(firstLine));
    }

private:
    QString cachePath() const { return m_bed.cachePath(); }

    Test::ReadingTestBed m_bed;
    DovecotServer &m_dovecot = m_bed.dovecot;
    CredentialStore &m_credentials = m_bed.credentials;
    AccountSettings &m_bob = m_bed.bob;
};

QTEST_MAIN(TestReaderDovecot)
#include "tst_reader_dovecot.moc"

// A resync with QRESYNC against the real Dovecot (issue 8, scenario 3): a folder the cache already holds in
// sync is SELECTed before LIST-STATUS (a Maildir Dovecot re-reads a folder's whole UID list when it is
// opened after another mailbox), the cache still ends equal to the server, and a cached folder deleted on
// the server meanwhile is reported as missing and leaves the cache, as it did when the list came first.
#include "RecordingRelay.h"
#include "SyncFixture.h"

using namespace Kestrel;
using namespace Kestrel::Test;

class TestResyncOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(QString()), qPrintable(m_fixture.dovecot().errorString()));
    }

    void knownFolderIsSelectedBeforeTheFolderList()
    {
        const QString folder = QStringLiteral("Ordered");
        QVERIFY(m_fixture.fill(folder, SyncFixture::messages("ordered", 30)));
        const SyncRun first = m_fixture.sync({folder});
        QVERIFY2(!first.error, qPrintable(first.error->toString()));
        RawImapClient other;
        QVERIFY2(m_fixture.other(other), qPrintable(other.lastError()));
        QVERIFY(other.command("SELECT " + folder.toUtf8()).ok);
        QVERIFY(other.command("UID STORE 3,7 +FLAGS (\\Flagged)").ok);
        QVERIFY(other.command("UID STORE 5 +FLAGS (\\Deleted)").ok && other.command("UID EXPUNGE 5").ok);

        RecordingRelay relay(m_fixture.dovecot().ports().imap);
        const SyncRun resync = syncThrough(relay, {folder});
        QVERIFY2(!resync.error, qPrintable(resync.error->toString()));
        const QByteArray sent = relay.sent();
        const qsizetype select = sent.indexOf(QByteArray("SELECT " + folder.toUtf8() + " (QRESYNC"));
        const qsizetype list = sent.indexOf(" LIST ");
        QVERIFY2(select >= 0 && list > select, sent.constData());
        QCOMPARE(resync.of(folder).changed, 2);
        QCOMPARE(resync.of(folder).removed, 1);
        const QString difference = m_fixture.diff(folder);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void knownFolderDeletedOnTheServerIsReportedAndDropped()
    {
        const QString folder = QStringLiteral("Doomed");
        QVERIFY(m_fixture.fill(folder, SyncFixture::messages("doomed", 5)));
        const SyncRun first = m_fixture.sync({folder});
        QVERIFY2(!first.error, qPrintable(first.error->toString()));
        QVERIFY(m_fixture.cachedFolder(folder));
        RawImapClient other;
        QVERIFY2(m_fixture.other(other), qPrintable(other.lastError()));
        QVERIFY(other.command("DELETE " + folder.toUtf8()).ok);

        const SyncRun resync = m_fixture.sync({folder});
        QVERIFY(resync.error);
        QVERIFY2(resync.error->toString().contains(QStringLiteral("does not exist")), qPrintable(resync.error->toString()));
        QVERIFY(!m_fixture.cachedFolder(folder));
    }

    // A never-synced Inbox needs no folder list to be found (RFC 9051 5.1): its SELECT goes first, the list
    // right behind it and before any FETCH, so both stay cheap (the class comment of AccountSync).
    void neverSyncedInboxIsSelectedBeforeTheFolderList()
    {
        QVERIFY(m_fixture.fill(QStringLiteral("INBOX"), SyncFixture::messages("inbox", 40)));
        QVERIFY(m_fixture.fill(QStringLiteral("Unseen/Before"), SyncFixture::messages("unseen", 3)));
        QVERIFY(!m_fixture.cachedFolder(QStringLiteral("Unseen/Before")));

        RecordingRelay relay(m_fixture.dovecot().ports().imap);
        const SyncRun first = syncThrough(relay, {QStringLiteral("INBOX")});
        QVERIFY2(!first.error, qPrintable(first.error->toString()));
        const QByteArray sent = relay.sent();
        const qsizetype select = sent.indexOf("SELECT INBOX");
        const qsizetype list = sent.indexOf(" LIST ");
        const qsizetype fetch = sent.indexOf(" UID FETCH ");
        QVERIFY2(select >= 0 && list > select && fetch > list, sent.constData());
        QCOMPARE(sent.count(" LIST "), 1);
        QCOMPARE(first.of(QStringLiteral("INBOX")).added, 40);
        const QString difference = m_fixture.diff(QStringLiteral("INBOX"));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const auto inbox = m_fixture.cachedFolder(QStringLiteral("INBOX"));
        QVERIFY(inbox);
        QCOMPARE(inbox->role, SpecialUse::Inbox);
        QCOMPARE(inbox->delimiter, QStringLiteral("/")); // filled in by the list
        QCOMPARE(inbox->totalCount, 40u);
        QVERIFY(m_fixture.cachedFolder(QStringLiteral("Unseen/Before")));

        // Synced now: the next run takes the known-folder path, the list still after the SELECT.
        RecordingRelay again(m_fixture.dovecot().ports().imap);
        const SyncRun second = syncThrough(again, {QStringLiteral("INBOX")});
        QVERIFY2(!second.error, qPrintable(second.error->toString()));
        QVERIFY2(again.sent().indexOf(" LIST ") > again.sent().indexOf("SELECT INBOX (QRESYNC"), again.sent().constData());
        QCOMPARE(second.of(QStringLiteral("INBOX")).added, 0);
    }

private:
    // As SyncFixture::sync, over plain IMAP through `relay` (Dovecot allows LOGIN from loopback).
    SyncRun syncThrough(RecordingRelay &relay, const QStringList &folders)
    {
        AccountSettings account = m_fixture.account();
        account.imap = {QStringLiteral("127.0.0.1"), relay.port(), ConnectionSecurity::None};
        account.trustedCertificates.clear();
        SyncRun run;
        Sync::AccountSync sync(account, DovecotServer::password(), m_fixture.database());
        connect(&sync, &Sync::AccountSync::folderSynced, &sync, [&](qint64 id, int added, int removed, int changed) {
            std::optional<FolderInfo> info;
            FolderStore(m_fixture.database()).folder(id, info);
            run.folders[info ? info->name : QString()] = {added, removed, changed, 0};
        });
        bool done = false;
        connect(&sync, &Sync::AccountSync::finished, &sync, [&](const std::optional<Error> &error) {
            run.error = error;
            done = true;
        });
        Sync::AccountSync::Options options;
        options.folders = folders;
        sync.start(options);
        if (!QTest::qWaitFor([&] { return done; }, 40000))
            run.error = Error::make(Error::Code::Network, QStringLiteral("the sync did not finish in 40 s"));
        return run;
    }

    SyncFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestResyncOrder)
#include "tst_resync_order.moc"

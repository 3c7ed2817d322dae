// Offline actions against the real Dovecot: taken while the server is down (the cache shows them at
// once), replayed strictly in order once it is back on the same port and data folder, and compared with
// what a raw second connection reads from the server. Built twice: with every extension, and with MOVE
// and UIDPLUS hidden (COPY + STORE \Deleted, no expunge: never a plain EXPUNGE).
#include "ServerMessages.h"

#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/OfflineQueue.h"
#include "sync/AccountSync.h"
#include "sync/actions/AccountReplay.h"
#include "sync/actions/FolderActions.h"
#include "sync/actions/MessageActions.h"
#include "sync/actions/ProvisionalUids.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Sync;
using namespace Kestrel::Test;

namespace {

#ifdef KESTREL_HIDE_MOVE_UIDPLUS
constexpr bool hidden = true;
const QString extraConfig = QStringLiteral("imap_capability = IMAP4rev1 LITERAL+ SASL-IR ENABLE CONDSTORE LIST-EXTENDED"
                                           " SPECIAL-USE NAMESPACE IDLE");
#else
constexpr bool hidden = false;
const QString extraConfig;
#endif

const QString inbox = QStringLiteral("INBOX");
const QString archive = QStringLiteral("Archive");

QString subject(int n)
{
    return QStringLiteral("Message %1").arg(n);
}

} // namespace

class TestActionReplay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_dovecot.setExtraConfig(extraConfig);
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        RawImapClient raw;
        QVERIFY(openRaw(raw, m_dovecot));
        QVERIFY(raw.command("CREATE Archive").ok);
        QList<QByteArray> messages;
        for (int n = 1; n <= 10; ++n)
            messages << "From: Zed <zed@example.test>\r\nSubject: " + subject(n).toUtf8() + "\r\n\r\nBody\r\n";
        QVERIFY2(raw.append(inbox, messages), qPrintable(raw.lastError()));
        m_account.id = QStringLiteral("actions-alice");
        m_account.displayName = QStringLiteral("Alice");
        m_account.userName = QStringLiteral("alice");
        m_account.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        const QByteArray pin = QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
        m_account.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, pin}};
        QVERIFY(!m_db.open(m_profile.filePath(QStringLiteral("cache.sqlite"))));
        QVERIFY(sync({inbox, archive, QStringLiteral("Trash")}));
        QCOMPARE(cachedSubjects(inbox).size(), 10);
    }

    // An action on a message another client expunged meanwhile is dropped with a note the user can
    // read; the actions after it still go out.
    void vanishedMessageIsDroppedWithANote()
    {
        m_dovecot.stop();
        MessageActions actions(m_db, m_account.id);
        QVERIFY(!actions.changeFlags(inbox, {7}, {QStringLiteral("\\Flagged")}, {}));
        QVERIFY(!actions.move(inbox, {7}, archive));
        QVERIFY(!actions.changeFlags(inbox, {8}, {QStringLiteral("\\Seen")}, {}));
        QVERIFY(cachedSubjects(archive).contains(subject(7))); // shown in the target at once

        ReplayReport report = replay();
        QVERIFY2(report.unreachable(), report.error ? qPrintable(report.error->toString()) : "no error");
        QCOMPARE(report.remaining, 3);

        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString())); // same port, same mail
        RawImapClient other;
        QVERIFY(openRaw(other, m_dovecot));
        other.command("SELECT INBOX");
        QVERIFY(other.command("UID STORE 7 +FLAGS.SILENT (\\Deleted)").ok);
        QVERIFY(other.command("EXPUNGE").ok); // the only \Deleted message at this point

        report = replay();
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->toString()) : "");
        QCOMPARE(report.completed, 1);
        QCOMPARE(report.dropped, 2);
        QCOMPARE(report.remaining, 0);
        QCOMPARE(report.notes.size(), 2);
        QVERIFY2(report.notes[0].contains(QStringLiteral("UID 7")), qPrintable(report.notes[0]));
        QList<OfflineAction> dropped;
        QVERIFY(!OfflineQueue(m_db).dropped(m_account.id, dropped));
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(dropped[0].kind, QStringLiteral("flags"));
        QCOMPARE(dropped[1].kind, QStringLiteral("move"));
        QVERIFY(dropped[1].lastError.contains(QStringLiteral("no longer exists")));

        QVERIFY(serverMessages(other, "INBOX").value(subject(8)).flags.contains(QStringLiteral("\\Seen")));
        QVERIFY(!serverMessages(other, "Archive").contains(subject(7)));
        QVERIFY(!cachedSubjects(archive).contains(subject(7))); // the stand-in is gone again
        QVERIFY(!OfflineQueue(m_db).clearDropped(m_account.id));
    }

    // Flags, moves (flag then move, move then flag in the target), a delete to Trash: replayed in the
    // order taken, while another client's pending \Deleted message survives (no plain EXPUNGE).
    void flagsAndMovesReplayInOrder()
    {
        RawImapClient other;
        QVERIFY(openRaw(other, m_dovecot));
        other.command("SELECT INBOX");
        QVERIFY(other.command("UID STORE 10 +FLAGS.SILENT (\\Deleted)").ok);
        QVERIFY(sync({inbox}));

        m_dovecot.stop();
        MessageActions actions(m_db, m_account.id);
        QVERIFY(!actions.changeFlags(inbox, {1}, {QStringLiteral("\\Seen")}, {}));
        QVERIFY(!actions.changeFlags(inbox, {2}, {QStringLiteral("\\Flagged"), QStringLiteral("$Work")}, {}));
        QVERIFY(!actions.move(inbox, {3}, archive));
        QVERIFY(!actions.changeFlags(inbox, {4}, {QStringLiteral("\\Answered")}, {}));
        QVERIFY(!actions.move(inbox, {4}, archive));
        QVERIFY(!actions.move(inbox, {5}, archive));
        const quint32 standIn = cachedUid(archive, subject(5));
        QVERIFY(ProvisionalUids::isProvisional(standIn));
        QVERIFY(!actions.changeFlags(archive, {standIn}, {QStringLiteral("\\Flagged")}, {}));
        QVERIFY(!actions.remove(inbox, {6}));
        int queued = 0;
        QVERIFY(!OfflineQueue(m_db).count(m_account.id, queued));
        QCOMPARE(queued, 8);
        QList<OfflineAction> first;
        QVERIFY(!OfflineQueue(m_db).peek(m_account.id, 1, first));
        QVERIFY(decodePayload(first[0].kind, first[0].payload)->modSeq > 0); // the store will be conditional

        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString())); // same port, same mail
        RawImapClient after; // the first connection died with the server
        QVERIFY(openRaw(after, m_dovecot));
        after.command("SELECT INBOX");
        // Changed by someone else since the user saw it: UNCHANGEDSINCE notices, \Seen still goes on.
        QVERIFY(after.command("UID STORE 1 +FLAGS.SILENT ($Other)").ok);

        const ReplayReport report = replay();
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->toString()) : "");
        QCOMPARE(report.completed, 8);
        QCOMPARE(report.dropped, 0);

        const auto server = serverMessages(after, "INBOX");
        QVERIFY(server.value(subject(1)).flags.contains(QStringLiteral("\\Seen")));
        QVERIFY(server.value(subject(1)).flags.contains(QStringLiteral("$Other")));
        QVERIFY(server.value(subject(2)).flags.contains(QStringLiteral("\\Flagged")));
        QVERIFY(server.value(subject(2)).flags.contains(QStringLiteral("$Work")));
        QVERIFY(server.contains(subject(10))); // another client's \Deleted message was not expunged
        for (int n : {3, 4, 5, 6}) {
            if (hidden) // no UIDPLUS: copied, marked \Deleted, left for the user's own expunge
                QVERIFY2(server.value(subject(n)).flags.contains(QStringLiteral("\\Deleted")), qPrintable(subject(n)));
            else
                QVERIFY2(!server.contains(subject(n)), qPrintable(subject(n)));
        }
        const auto archived = serverMessages(after, "Archive");
        QVERIFY(archived.contains(subject(3)));
        QVERIFY(archived.value(subject(4)).flags.contains(QStringLiteral("\\Answered"))); // flag, then move
        QVERIFY(archived.value(subject(5)).flags.contains(QStringLiteral("\\Flagged")));  // move, then flag
        QVERIFY(serverMessages(after, "Trash").contains(subject(6)));

        // COPYUID re-linked the moved rows: the cache already holds the server's UIDs, nothing to fetch.
        const auto cachedArchive = cachedSubjects(archive);
        QCOMPARE(cachedArchive.size(), archived.size());
        for (auto it = archived.cbegin(); it != archived.cend(); ++it)
            QCOMPARE(cachedArchive.value(it.key()), it.value().uid);
    }

    // The server refuses an action (its target does not exist): it keeps its place, so the action after
    // it waits; after MaxRefusals it is dropped with a note and the moved message returns to its folder.
    void refusedActionKeepsItsPlaceThenIsDropped()
    {
        FolderInfo ghost;
        ghost.accountId = m_account.id;
        ghost.name = QStringLiteral("Ghost"); // in the cache only
        QVERIFY(!FolderStore(m_db).upsertFolder(ghost));
        MessageActions actions(m_db, m_account.id);
        QVERIFY(!actions.move(inbox, {9}, ghost.name));
        QVERIFY(!actions.changeFlags(inbox, {8}, {}, {QStringLiteral("\\Seen")}));

        for (int attempt = 1; attempt < ActionReplayer::MaxRefusals; ++attempt) {
            const ReplayReport report = replay();
            QVERIFY(report.error);
            QCOMPARE(report.error->code, Error::Code::Server);
            QCOMPARE(report.remaining, 2);
            QList<OfflineAction> head;
            QVERIFY(!OfflineQueue(m_db).peek(m_account.id, 1, head));
            QCOMPARE(head[0].kind, QStringLiteral("move"));
            QCOMPARE(head[0].attempts, attempt);
            QVERIFY(!head[0].lastError.isEmpty());
            RawImapClient check;
            QVERIFY(openRaw(check, m_dovecot));
            QVERIFY(serverMessages(check, "INBOX").value(subject(8)).flags.contains(QStringLiteral("\\Seen"))); // waits
        }
        const ReplayReport report = replay();
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->toString()) : "");
        QCOMPARE(report.dropped, 1);
        QCOMPARE(report.completed, 1);
        QVERIFY(report.notes.value(0).contains(QStringLiteral("refused")));
        RawImapClient check;
        QVERIFY(openRaw(check, m_dovecot));
        QVERIFY(!serverMessages(check, "INBOX").value(subject(8)).flags.contains(QStringLiteral("\\Seen")));
        QCOMPARE(cachedUid(inbox, subject(9)), 9u); // back where it is on the server
        QVERIFY(!cachedSubjects(ghost.name).contains(subject(9)));
    }

    void folderOperationsReplay()
    {
        FolderActions folders(m_db, m_account.id);
        QVERIFY(!folders.create(QStringLiteral("Receipts")));
        QVERIFY(!folders.create(QStringLiteral("Old")));
        QVERIFY(!folders.rename(QStringLiteral("Receipts"), QStringLiteral("Bills")));
        QVERIFY(!folders.remove(QStringLiteral("Old")));
        const ReplayReport report = replay();
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->toString()) : "");
        QCOMPARE(report.completed, 4);
        RawImapClient check;
        QVERIFY(openRaw(check, m_dovecot));
        const QByteArray list = check.command("LIST \"\" \"*\"").untagged.join("\r\n") + "\r\n";
        QVERIFY2(list.contains("Bills"), list.constData());
        QVERIFY(!list.contains("Receipts"));
        QVERIFY(!list.contains("\"Old\"") && !list.contains(" Old\r\n"));
    }

    // A long offline session: many small actions go out one by one, each checked first, in bounded time.
    void manyActionsReplayInBoundedTime()
    {
        constexpr int count = 200;
        MessageActions actions(m_db, m_account.id);
        QElapsedTimer local;
        local.start();
        for (int i = 0; i < count; ++i) {
            const QStringList keyword{QStringLiteral("$Toggle")};
            QVERIFY(!actions.changeFlags(inbox, {1}, i % 2 ? QStringList() : keyword, i % 2 ? keyword : QStringList()));
        }
        QVERIFY(!actions.changeFlags(inbox, {2}, {QStringLiteral("$Last")}, {}));
        qInfo("applied and queued %d actions locally in %lld ms", count + 1, local.elapsed());
        QElapsedTimer timer;
        timer.start();
        const ReplayReport report = replay();
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->toString()) : "");
        QCOMPARE(report.completed, count + 1);
        qInfo("replayed %d queued actions in %lld ms", count + 1, elapsed);
        QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
        RawImapClient check;
        QVERIFY(openRaw(check, m_dovecot));
        const auto server = serverMessages(check, "INBOX");
        QVERIFY(!server.value(subject(1)).flags.contains(QStringLiteral("$Toggle"))); // the last toggle removed it
        QVERIFY(server.value(subject(2)).flags.contains(QStringLiteral("$Last")));
    }

private:
    bool sync(const QStringList &folders)
    {
        AccountSync sync(m_account, DovecotServer::password(), m_db);
        QSignalSpy finished(&sync, &AccountSync::finished);
        AccountSync::Options options;
        options.folders = folders;
        sync.start(options);
        if (!finished.wait(30000))
            return false;
        const auto error = finished[0][0].value<std::optional<Error>>();
        if (error)
            qWarning("sync: %s", qPrintable(error->toString()));
        return !error;
    }

    ReplayReport replay()
    {
        AccountReplay replay(m_account, DovecotServer::password(), m_db);
        QSignalSpy finished(&replay, &AccountReplay::finished);
        replay.start();
        if (!finished.wait(30000)) {
            ReplayReport timedOut;
            timedOut.error = Error::make(Error::Code::Protocol, QStringLiteral("replay timed out"));
            return timedOut;
        }
        return finished[0][0].value<ReplayReport>();
    }

    // Subject -> UID of the cached messages of `folder`.
    QHash<QString, quint32> cachedSubjects(const QString &folder)
    {
        std::optional<FolderInfo> info;
        QList<MessageSummary> rows;
        if (FolderStore(m_db).findFolder(m_account.id, folder, info) || !info
            || MessageListReader(m_db).page(info->id, MessageOrder{}, 0, 1000, rows))
            return {};
        QHash<QString, quint32> result;
        for (const MessageSummary &row : std::as_const(rows))
            result.insert(row.subject, row.uid);
        return result;
    }

    quint32 cachedUid(const QString &folder, const QString &subjectText) { return cachedSubjects(folder).value(subjectText); }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
    Database m_db;
    AccountSettings m_account;
};

QTEST_GUILESS_MAIN(TestActionReplay)
#include "tst_action_replay.moc"

// kestrel-cli flag / move / delete / queue / replay against the real Dovecot: with the server down the
// commands succeed at once ("queued"), `queue` lists what waits, and once the server is back on the same
// port `replay` (or the next flag) sends everything in order. A queued action whose message vanished
// meanwhile is dropped with a note that `queue` shows.
#include "ServerMessages.h"
#include "CliAccountArguments.h"
#include "CliRunner.h"
#include "sync/actions/ReplayLock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel::Test;

class TestActionCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        RawImapClient raw;
        QVERIFY(openRaw(raw, m_dovecot));
        QList<QByteArray> messages;
        for (int n = 1; n <= 4; ++n)
            messages << "From: Zed <zed@example.test>\r\nSubject: Note " + QByteArray::number(n) + "\r\n\r\nBody\r\n";
        QVERIFY2(raw.append(QStringLiteral("INBOX"), messages), qPrintable(raw.lastError()));
        const auto added = cli(aliceAccountAddArguments(m_dovecot.ports().imaps, m_dovecot.ports().submission,
                                                             m_dovecot.certificatePath()),
                               "secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto synced = cli({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
    }

    void offlineActionsQueueThenReplay()
    {
        m_dovecot.stop();
        const auto flagged = cli({QStringLiteral("flag"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("1"), QStringLiteral("+flagged")});
        QVERIFY2(flagged.exitCode == 0, flagged.err.constData());
        QVERIFY2(flagged.out.contains("queued, will be sent when 127.0.0.1 is reachable"), flagged.out.constData());
        const auto moved = cli({QStringLiteral("move"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("2"), QStringLiteral("Trash")});
        QVERIFY2(moved.exitCode == 0, moved.err.constData());

        // The cache shows both at once.
        const QJsonArray list = json({QStringLiteral("list"), QStringLiteral("Alice"), QStringLiteral("INBOX")}).array();
        QCOMPARE(list.size(), 3);
        for (const QJsonValue &row : list)
            QCOMPARE(row[QStringLiteral("flagged")].toBool(), row[QStringLiteral("uid")].toInt() == 1);

        const QJsonArray queued = json({QStringLiteral("queue")}).object()[QStringLiteral("actions")].toArray();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued[0][QStringLiteral("kind")].toString(), QStringLiteral("flags"));
        QCOMPARE(queued[0][QStringLiteral("accountName")].toString(), QStringLiteral("Alice"));
        QCOMPARE(queued[0][QStringLiteral("uids")].toArray(), QJsonArray{1});
        QVERIFY(QDateTime::fromString(queued[0][QStringLiteral("created")].toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(queued[0][QStringLiteral("attempts")].toInt(), 0);
        QCOMPARE(queued[1][QStringLiteral("kind")].toString(), QStringLiteral("move"));
        QCOMPARE(queued[1][QStringLiteral("target")].toString(), QStringLiteral("Trash"));
        const auto plain = cli({QStringLiteral("queue")});
        QVERIFY2(plain.out.contains("INBOX 1 +\\Flagged") && plain.out.contains("INBOX 2 -> Trash"), plain.out.constData());

        const auto stillDown = cli({QStringLiteral("replay")});
        QCOMPARE(stillDown.exitCode, 1);
        QVERIFY(stillDown.out.contains("queued, will be sent when"));

        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString())); // same port, same mail
        const auto replayed = cli({QStringLiteral("replay"), QStringLiteral("Alice")});
        QVERIFY2(replayed.exitCode == 0, replayed.err.constData());
        QVERIFY2(replayed.out.contains("Alice: 2 sent, 0 dropped, 0 left"), replayed.out.constData());

        RawImapClient raw;
        QVERIFY(openRaw(raw, m_dovecot));
        QVERIFY(serverMessages(raw, "INBOX").value(QStringLiteral("Note 1")).flags.contains(QStringLiteral("\\Flagged")));
        QVERIFY(!serverMessages(raw, "INBOX").contains(QStringLiteral("Note 2")));
        QVERIFY(serverMessages(raw, "Trash").contains(QStringLiteral("Note 2")));
        QVERIFY(json({QStringLiteral("queue")}).object()[QStringLiteral("actions")].toArray().isEmpty());
    }

    void onlineActionIsSentAtOnce()
    {
        const auto seen = cli({QStringLiteral("flag"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("3"), QStringLiteral("seen")});
        QVERIFY2(seen.exitCode == 0, seen.err.constData());
        QVERIFY2(seen.out.contains("Set \\Seen on UID 3 in INBOX."), seen.out.constData());
        RawImapClient raw;
        QVERIFY(openRaw(raw, m_dovecot));
        QVERIFY(serverMessages(raw, "INBOX").value(QStringLiteral("Note 3")).flags.contains(QStringLiteral("\\Seen")));

        const auto deleted = cli({QStringLiteral("delete"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("4")});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QVERIFY(serverMessages(raw, "Trash").contains(QStringLiteral("Note 4")));
        QVERIFY(!serverMessages(raw, "INBOX").contains(QStringLiteral("Note 4")));
    }

    // The GUI and the CLI share a profile: while one process sends an account's queue, another does not
    // send the same actions again; it says who does and leaves them queued.
    void aQueueBeingReplayedElsewhereIsLeftToThatProcess()
    {
        const QString accountId = json({QStringLiteral("accounts")}).array().at(0)[QStringLiteral("id")].toString();
        QVERIFY(!accountId.isEmpty());
        m_dovecot.stop();
        const auto queued = cli({QStringLiteral("flag"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("3"), QStringLiteral("+flagged")});
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString()));

        {
            Kestrel::Sync::ReplayLock otherProcess(m_profile.filePath(QStringLiteral("cache.sqlite")), accountId);
            QVERIFY(otherProcess.tryLock());
            const auto elsewhere = cli({QStringLiteral("--json"), QStringLiteral("replay"), QStringLiteral("Alice")});
            QVERIFY2(elsewhere.exitCode == 0, elsewhere.err.constData());
            const QJsonObject report = QJsonDocument::fromJson(elsewhere.out).array().at(0).toObject();
            QVERIFY2(report[QStringLiteral("replayedElsewhere")].toBool(), elsewhere.out.constData());
            QCOMPARE(report[QStringLiteral("remaining")].toInt(), 1);
            RawImapClient raw;
            QVERIFY(openRaw(raw, m_dovecot));
            QVERIFY(!serverMessages(raw, "INBOX").value(QStringLiteral("Note 3")).flags.contains(QStringLiteral("\\Flagged")));
        }
        const auto replayed = cli({QStringLiteral("replay"), QStringLiteral("Alice")});
        QVERIFY2(replayed.out.contains("Alice: 1 sent, 0 dropped, 0 left"), replayed.out.constData());
        RawImapClient raw;
        QVERIFY(openRaw(raw, m_dovecot));
        QVERIFY(serverMessages(raw, "INBOX").value(QStringLiteral("Note 3")).flags.contains(QStringLiteral("\\Flagged")));
    }

    void badInputIsRefusedAndNothingIsQueued()
    {
        const auto notCached = cli({QStringLiteral("flag"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("99"), QStringLiteral("seen")});
        QCOMPARE(notCached.exitCode, 1);
        QVERIFY2(notCached.err.contains("UID 99"), notCached.err.constData());
        const auto badFlag = cli({QStringLiteral("flag"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("1"), QStringLiteral("+to do")});
        QCOMPARE(badFlag.exitCode, 2);
        QVERIFY(badFlag.err.contains("is not a flag"));
        const auto noTarget = cli({QStringLiteral("move"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("1"), QStringLiteral("Nowhere")});
        QCOMPARE(noTarget.exitCode, 1);
        const auto usage = cli({QStringLiteral("move"), QStringLiteral("Alice"), QStringLiteral("INBOX")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("move ACCOUNT FOLDER UID TARGET"));
        QVERIFY(json({QStringLiteral("queue")}).object()[QStringLiteral("actions")].toArray().isEmpty());
    }

    void vanishedMessageIsDroppedWithANoteTheQueueShows()
    {
        m_dovecot.stop();
        const auto queued = cli({QStringLiteral("flag"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("3"), QStringLiteral("-seen")});
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString())); // same port, same mail
        RawImapClient other;
        QVERIFY(openRaw(other, m_dovecot));
        other.command("SELECT INBOX");
        other.command("UID STORE 3 +FLAGS.SILENT (\\Deleted)");
        QVERIFY(other.command("UID EXPUNGE 3").ok);

        // The next action replays the queue first: the stale one is dropped, this one is sent.
        const auto next = cli({QStringLiteral("flag"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QStringLiteral("1"), QStringLiteral("-flagged")});
        QVERIFY2(next.exitCode == 0, next.err.constData());
        QVERIFY2(next.err.contains("UID 3") && next.err.contains("no longer exists"), next.err.constData());
        QVERIFY(!serverMessages(other, "INBOX").value(QStringLiteral("Note 1")).flags.contains(QStringLiteral("\\Flagged")));

        const QJsonObject queue = json({QStringLiteral("queue")}).object();
        QVERIFY(queue[QStringLiteral("actions")].toArray().isEmpty());
        const QJsonArray dropped = queue[QStringLiteral("dropped")].toArray();
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped[0][QStringLiteral("kind")].toString(), QStringLiteral("flags"));
        QVERIFY(dropped[0][QStringLiteral("lastError")].toString().contains(QStringLiteral("no longer exists")));
        QVERIFY(cli({QStringLiteral("queue")}).out.contains("dropped\tAlice\tflags"));
    }

private:
    CliResult cli(QStringList arguments, const QByteArray &input = {})
    {
        return runCli(QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments, input, 60000);
    }

    QJsonDocument json(const QStringList &arguments)
    {
        return QJsonDocument::fromJson(cli(QStringList{QStringLiteral("--json")} + arguments).out);
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestActionCli)
#include "tst_action_cli.moc"

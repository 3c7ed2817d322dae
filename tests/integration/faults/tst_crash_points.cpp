// kestrel-cli killed with SIGKILL at seeded points (issue 9, "Crash safety"): right after the N-th
// protocol line of a sync (KESTREL_CRASH_PHASE "sync") or of a send, SMTP then the APPEND to Sent
// ("send"), N drawn from a QRandomGenerator seeded per point. After each kill: the cache passes
// PRAGMA integrity_check, a rerun in a new process completes, and then the cache equals the server
// (sync), or the message reached the server exactly once, Sent holds one copy and the outbox is empty
// (send). Plain-text connections (Dovecot treats loopback as secure) so the relay sees the lines.
// KESTREL_FAULT_SEED=N runs the single point N.
#include "CliRunner.h"
#include "LineKillRelay.h"

#include "CacheSnapshot.h"
#include "DovecotServer.h"
#include "EventWait.h"
#include "RawImapClient.h"
#include "SmtpSink.h"

#include "account/AccountRepository.h"
#include "cache/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Test;

namespace {

constexpr int Points = 50;
const QByteArray phase = KESTREL_CRASH_PHASE;

// PRAGMA integrity_check on its own connection; "ok" when the file is sound.
QString integrity(const QString &path)
{
    const QString name = QStringLiteral("integrity-%1").arg(quintptr(&path));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            result = query.lastError().text();
        while (query.next())
            result += query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCrashPoints : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        const QString lmtp = QStringLiteral("127.0.0.1:%1").arg(m_dovecot.ports().lmtp);
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath(), lmtp), qPrintable(m_sink.errorString()));
        // Dovecot counts a killed client's submission connection until its own relay session ends; points
        // a second or less apart pile up more than submission's default 10 (the IMAP limit is 100 already).
        m_dovecot.setExtraConfig(QStringLiteral("submission_relay_port = %1\nprotocol submission {\n  mail_max_userip_connections = 100\n}\n")
                                     .arg(m_sink.relayPort()));
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString()));
        m_imap = std::make_unique<LineKillRelay>(m_dovecot.ports().imap, m_counter);
        m_smtp = std::make_unique<LineKillRelay>(m_dovecot.ports().submission, m_counter);
        const auto added = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Alice"),
                                QStringLiteral("--email"), QStringLiteral("alice@example.test"), QStringLiteral("--user"), QStringLiteral("alice"),
                                QStringLiteral("--imap-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--imap-port"), QString::number(m_imap->port()),
                                QStringLiteral("--imap-security"), QStringLiteral("none"),
                                QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"), QString::number(m_smtp->port()),
                                QStringLiteral("--smtp-security"), QStringLiteral("none"), QStringLiteral("--password-stdin")},
                               "secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QList<AccountSettings> accounts;
        QVERIFY(!AccountRepository(m_profile.filePath(QStringLiteral("accounts.json"))).load(accounts) && accounts.size() == 1);
        m_accountId = accounts.first().id;
        QFile body(m_profile.filePath(QStringLiteral("body.txt")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(QByteArray("Sent once, whatever happens.\n").repeated(30));
        body.close();
        QVERIFY(m_raw.connectTo(m_dovecot.ports().imap) && m_raw.login(QStringLiteral("alice"), DovecotServer::password()));
        QVERIFY(m_raw.append(QStringLiteral("INBOX"), newMail(0, 30)));
        QVERIFY2(cli({QStringLiteral("sync")}).exitCode == 0, "first sync");
    }

    void killedAtSeededPoints()
    {
        QList<quint32> seeds;
        if (qEnvironmentVariableIsSet("KESTREL_FAULT_SEED"))
            seeds << quint32(qEnvironmentVariableIntValue("KESTREL_FAULT_SEED"));
        else
            for (int i = 1; i <= Points; ++i)
                seeds << quint32(i);
        const int length = conversationLength(0);
        QVERIFY2(length > 10, qPrintable(QStringLiteral("a clean %1 had only %2 lines").arg(QString::fromLatin1(phase)).arg(length)));
        int unconfirmed = 0;
        for (quint32 seed : std::as_const(seeds)) {
            QRandomGenerator random(seed);
            // Runs differ by a few lines (what the server has to report); the last ones are left out.
            const int line = int(random.bounded(1, qMax(2, length - 6)));
            const QString failure = point(seed, line, unconfirmed);
            if (!failure.isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 killed after line %2 of %3 (KESTREL_FAULT_SEED=%4): %5")
                                     .arg(QString::fromLatin1(phase)).arg(line).arg(length).arg(seed).arg(failure)));
        }
        qInfo("%lld kill points, conversation of %d lines; %d sends unconfirmed", qlonglong(seeds.size()), length, unconfirmed);
    }

private:
    // Lines of one clean run of the phase (the same work the killed runs do).
    int conversationLength(quint32 round)
    {
        prepare(round);
        m_counter = {};
        const auto clean = cli(command(round));
        if (clean.exitCode != 0)
            return -1;
        if (phase == "send" && cli({QStringLiteral("outbox"), QStringLiteral("flush")}).exitCode != 0)
            return -1;
        return m_counter.lines;
    }

    // The server side changes a sync will have to bring in: new mail, a flag, an expunge.
    void prepare(quint32 round)
    {
        if (phase != "sync")
            return;
        m_raw.append(QStringLiteral("INBOX"), newMail(round, 5));
        m_raw.command("SELECT INBOX");
        m_raw.command("STORE 1:3 +FLAGS.SILENT (\\Seen)");
        m_raw.command("STORE 4 +FLAGS.SILENT (\\Deleted)");
        m_raw.command("EXPUNGE");
    }

    QStringList command(quint32 round) const
    {
        if (phase == "sync")
            return {QStringLiteral("sync")};
        return {QStringLiteral("send"), QStringLiteral("Alice"), QStringLiteral("--to"), QStringLiteral("bob@example.test"),
                QStringLiteral("--subject"), subject(round), QStringLiteral("--body-file"), m_profile.filePath(QStringLiteral("body.txt"))};
    }

    static QString subject(quint32 round) { return QStringLiteral("Crash point %1").arg(round); }

    QString point(quint32 seed, int line, int &unconfirmed)
    {
        const quint32 round = seed + 1000;
        prepare(round);
        QProcess process;
        m_counter = {};
        m_counter.killAt = line;
        m_counter.victim = &process;
        process.start(QStringLiteral(KESTREL_CLI), QStringList{QStringLiteral("--profile"), m_profile.path()} + command(round));
        if (!waitWithoutSleeping([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished(5000);
            return QStringLiteral("the run did not end in 60 s");
        }
        m_counter.victim = nullptr;
        if (!m_counter.killed || process.exitStatus() != QProcess::CrashExit)
            return QStringLiteral("the process was not killed (it ended with %1 after %2 lines): %3")
                .arg(process.exitCode()).arg(m_counter.lines).arg(QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
        m_counter = {};
        const QString check = integrity(m_profile.filePath(QStringLiteral("cache.sqlite")));
        if (check != QStringLiteral("ok"))
            return QStringLiteral("integrity_check: ") + check;
        return phase == "sync" ? rerunSync() : flushOnce(round, unconfirmed);
    }

    QString rerunSync()
    {
        const auto rerun = cli({QStringLiteral("sync")});
        if (rerun.exitCode != 0)
            return QStringLiteral("the rerun failed: ") + QString::fromUtf8(rerun.err);
        Database db;
        if (const auto error = db.open(m_profile.filePath(QStringLiteral("cache.sqlite"))))
            return error->toString();
        return CacheSnapshot::compare(m_dovecot.ports().imap, QStringLiteral("alice"), DovecotServer::password(), db, m_accountId,
                                      QStringLiteral("INBOX"));
    }

    QString flushOnce(quint32 round, int &unconfirmed)
    {
        const QJsonArray waiting = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array();
        const int delivered = deliveries(subject(round));
        if (waiting.size() != 1 && !(waiting.isEmpty() && delivered == 1 && sentCopies(subject(round)) == 1))
            return QStringLiteral("%1 messages in the outbox after the kill (lost?)").arg(waiting.size());
        const auto flushed = cli({QStringLiteral("outbox"), QStringLiteral("flush")});
        if (flushed.exitCode != 0)
            return QStringLiteral("outbox flush failed: ") + QString::fromUtf8(flushed.err);
        const int after = deliveries(subject(round));
        const bool toldUnknown = flushed.err.contains("not known");
        if (after > 1 || (after == 0 && !toldUnknown))
            return QStringLiteral("delivered %1 times; flush said: %2").arg(after).arg(QString::fromUtf8(flushed.out + flushed.err));
        unconfirmed += after == 0;
        if (const int sent = sentCopies(subject(round)); sent != 1)
            return QStringLiteral("%1 copies in Sent").arg(sent);
        if (!QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array().isEmpty())
            return QStringLiteral("the outbox is not empty after the flush");
        return {};
    }

    QList<QByteArray> newMail(quint32 round, int count) const
    {
        QList<QByteArray> list;
        for (int i = 0; i < count; ++i)
            list << "From: Carol <carol@example.org>\r\nSubject: Round " + QByteArray::number(round) + ' ' + QByteArray::number(i)
                    + "\r\nMessage-ID: <crash." + QByteArray::number(round) + '.' + QByteArray::number(i) + "@kestrel.test>\r\n\r\n"
                    + QByteArray(300, 'y') + "\r\n";
        return list;
    }

    int deliveries(const QString &subject) const
    {
        int count = 0;
        for (const SmtpSink::StoredMessage &stored : m_sink.storedMessages())
            count += stored.raw.contains(QByteArray("\r\nSubject: " + subject.toUtf8() + "\r\n")) ? 1 : 0;
        return count;
    }

    int sentCopies(const QString &subject)
    {
        m_raw.command("SELECT Sent");
        const auto reply = m_raw.command("UID SEARCH HEADER Subject " + RawImapClient::quoted(subject));
        for (const QByteArray &line : reply.untagged) {
            if (line.startsWith("* SEARCH")) {
                QList<QByteArray> uids = line.mid(8).simplified().split(' ');
                uids.removeAll(QByteArray());
                return int(uids.size());
            }
        }
        return -1;
    }

    // Not runCli(): its blocking wait would stop the relays, which live in this process's event loop.
    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCliInEventLoop(QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments, input);
    }

    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_profile;
    LineKillRelay::Counter m_counter;
    std::unique_ptr<LineKillRelay> m_imap, m_smtp;
    RawImapClient m_raw;
    QString m_accountId;
};

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "tst_crash_points.moc"

// kestrel-cli send killed (SIGKILL) at several points of sending, then `outbox flush` in a new process:
// every message reaches the recipient exactly once and Sent holds exactly one copy. Relays in front of
// Dovecot's submission service (which relays to the test bed's SMTP server, which delivers to Dovecot
// over LMTP) and of Dovecot's IMAP see the protocol in clear and kill the client at the chosen step.
#include "CrashRelay.h"
#include "CliRunner.h"
#include "DovecotServer.h"
#include "RawImapClient.h"
#include "SmtpSink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kestrel::Test;
using Mode = CrashRelay::Mode;

class TestCliSendCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        const QString lmtp = QStringLiteral("127.0.0.1:%1").arg(m_dovecot.ports().lmtp);
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath(), lmtp), qPrintable(m_sink.errorString()));
        // Dovecot's submission service hands every message on to the sink's plain relay port.
        m_dovecot.setExtraConfig(QStringLiteral("submission_relay_port = %1\n").arg(m_sink.relayPort()));
        QVERIFY2(m_dovecot.restart(), qPrintable(m_dovecot.errorString()));
        m_smtpRelay = std::make_unique<CrashRelay>(m_dovecot.ports().submission);
        m_imapRelay = std::make_unique<CrashRelay>(m_dovecot.ports().imap);
        const auto added = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Alice"),
                                QStringLiteral("--email"), QStringLiteral("alice@example.test"), QStringLiteral("--user"), QStringLiteral("alice"),
                                QStringLiteral("--imap-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--imap-port"), QString::number(m_imapRelay->port()),
                                QStringLiteral("--imap-security"), QStringLiteral("none"),
                                QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"), QString::number(m_smtpRelay->port()),
                                QStringLiteral("--smtp-security"), QStringLiteral("none"), QStringLiteral("--password-stdin")},
                               "secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QFile body(m_profile.filePath(QStringLiteral("body.txt")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("Sent once, whatever happens.\n");
    }

    void killedBeforeSmtp()
    {
        killDuring(*m_smtpRelay, Mode::KillBeforeForward, "EHLO", {}, QStringLiteral("before SMTP"));
        QCOMPARE(deliveries(QStringLiteral("before SMTP")), 0);
        flushAndCheckOnce(QStringLiteral("before SMTP"));
    }

    // The final "." reached the server, which delivered; the client never saw the 250 and was killed.
    void killedAfterTheFinalDot()
    {
        killDuring(*m_smtpRelay, Mode::ForwardThenHold, "\r\n.\r\n", "DATA\r\n", QStringLiteral("after DATA"));
        const auto flushed = flushAndCheckOnce(QStringLiteral("after DATA"));
        QVERIFY2(flushed.contains("not known whether the server accepted it"), flushed.constData());
    }

    void killedBeforeAppend()
    {
        killDuring(*m_imapRelay, Mode::KillBeforeForward, "APPEND", {}, QStringLiteral("before APPEND"));
        QCOMPARE(deliveries(QStringLiteral("before APPEND")), 1);
        QCOMPARE(sentCopies(QStringLiteral("before APPEND")), 0);
        flushAndCheckOnce(QStringLiteral("before APPEND"));
    }

    // The APPEND went through but the client never heard so: the Message-ID search keeps Sent at one.
    void killedAfterAppendBeforeRecordingIt()
    {
        killDuring(*m_imapRelay, Mode::ForwardThenHold, "APPEND", {}, QStringLiteral("after APPEND"), QStringLiteral("after APPEND"));
        flushAndCheckOnce(QStringLiteral("after APPEND"));
    }

private:
    // Runs `send` with the relay armed; once it triggered (and, when `waitForSent`, the copy is in Sent;
    // else for ForwardThenHold, once the server delivered), the client is killed if it still runs.
    void killDuring(CrashRelay &relay, Mode mode, const QByteArray &pattern, const QByteArray &after, const QString &subject,
                    const QString &waitForSent = {})
    {
        QProcess process;
        relay.arm(&process, mode, pattern, after);
        process.start(QStringLiteral(KESTREL_CLI),
                      {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("send"), QStringLiteral("Alice"),
                       QStringLiteral("--to"), QStringLiteral("bob@example.test"), QStringLiteral("--subject"), subject,
                       QStringLiteral("--body-file"), m_profile.filePath(QStringLiteral("body.txt"))});
        QTRY_VERIFY_WITH_TIMEOUT(relay.triggered(), 30000);
        if (mode == Mode::ForwardThenHold) {
            if (waitForSent.isEmpty())
                QTRY_COMPARE_WITH_TIMEOUT(deliveries(subject), 1, 10000);
            else
                QTRY_COMPARE_WITH_TIMEOUT(sentCopies(waitForSent), 1, 10000);
            process.kill();
        }
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10000);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // it really died mid-way
        relay.disarm();
        const QJsonArray outbox = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array();
        QCOMPARE(outbox.size(), 1); // nothing lost
    }

    // `outbox flush` in a new process; afterwards exactly one delivery and one Sent copy. Returns stderr.
    QByteArray flushAndCheckOnce(const QString &subject)
    {
        const auto flushed = cli({QStringLiteral("outbox"), QStringLiteral("flush")});
        [&] { QVERIFY2(flushed.exitCode == 0, flushed.err.constData()); }();
        [&] { QVERIFY2(flushed.out.contains("saved in Sent"), QByteArray(flushed.out + flushed.err).constData()); }();
        [&] { QCOMPARE(deliveries(subject), 1); }();
        [&] { QCOMPARE(sentCopies(subject), 1); }();
        [&] { QCOMPARE(inboxCopies(subject), 1); }();
        [&] { QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array().size(), 0); }();
        return flushed.err;
    }

    int deliveries(const QString &subject) const
    {
        int count = 0;
        for (const SmtpSink::StoredMessage &stored : m_sink.storedMessages())
            count += stored.raw.contains(QByteArray("\r\nSubject: " + subject.toUtf8() + "\r\n")) ? 1 : 0;
        return count;
    }
    int sentCopies(const QString &subject) const { return countBySubject(QStringLiteral("alice"), QStringLiteral("Sent"), subject); }
    int inboxCopies(const QString &subject) const { return countBySubject(QStringLiteral("bob"), QStringLiteral("INBOX"), subject); }
    int countBySubject(const QString &user, const QString &mailbox, const QString &subject) const
    {
        RawImapClient raw;
        if (!raw.connectTo(m_dovecot.ports().imap) || !raw.login(user, DovecotServer::password()))
            return -1;
        raw.command("SELECT " + RawImapClient::quoted(mailbox));
        const auto reply = raw.command("UID SEARCH HEADER Subject " + RawImapClient::quoted(subject));
        raw.logout();
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
    std::unique_ptr<CrashRelay> m_smtpRelay;
    std::unique_ptr<CrashRelay> m_imapRelay;
};

QTEST_GUILESS_MAIN(TestCliSendCrash)
#include "tst_cli_send_crash.moc"

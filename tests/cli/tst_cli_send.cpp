// kestrel-cli send / outbox against the test bed: the message with two attachments reaches the SMTP
// server (which delivers it into Dovecot over LMTP) and one \Seen copy lands in Sent; bad arguments
// store nothing; `outbox` lists what a refusal left behind and `outbox delete` removes it.
#include "CliAccountArguments.h"
#include "CliRunner.h"
#include "DovecotServer.h"
#include "RawImapClient.h"
#include "SmtpSink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel::Test;

class TestCliSend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        const QString lmtp = QStringLiteral("127.0.0.1:%1").arg(m_dovecot.ports().lmtp);
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath(), lmtp), qPrintable(m_sink.errorString()));
        QStringList add = aliceAccountAddArguments(m_dovecot.ports().imaps, m_sink.starttlsPort(), m_dovecot.certificatePath());
        const auto added = cli(add, "secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        writeFile(QStringLiteral("body.txt"), "Привет, Bob!\nThe files are attached.\n");
        writeFile(QStringLiteral("отчёт.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(3000, '\x01'));
        writeFile(QStringLiteral("notes.txt"), "šī ir piezīme\n");
    }

    void sendsWithAttachmentsOnceToServerSentAndInbox()
    {
        const qsizetype before = m_sink.storedMessages().size();
        const auto sent = cli({QStringLiteral("send"), QStringLiteral("Alice"), QStringLiteral("--to"), QStringLiteral("Bob <bob@example.test>"),
                               QStringLiteral("--subject"), QStringLiteral("Отчёт за март"), QStringLiteral("--body-file"), path(QStringLiteral("body.txt")),
                               QStringLiteral("--attach"), path(QStringLiteral("отчёт.pdf")), QStringLiteral("--attach"), path(QStringLiteral("notes.txt"))});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY2(sent.out.contains("sent and saved in Sent"), sent.out.constData());
        QCOMPARE(m_sink.storedMessages().size(), before + 1);
        const QByteArray raw = m_sink.storedMessages().last().raw;
        QVERIFY(raw.toLower().contains("filename*=utf-8''%d0%be%d1%82%d1%87%d1%91%d1%82")); // RFC 2231
        QVERIFY(raw.contains("Subject: =?UTF-8?"));

        // `show-file` (Kestrel's reader) reads the server's copy back.
        writeFile(QStringLiteral("stored.eml"), raw);
        const auto shown = runCli({QStringLiteral("--json"), QStringLiteral("show-file"), path(QStringLiteral("stored.eml"))});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(QString::fromUtf8(shown.out).contains(QStringLiteral("Отчёт за март")), shown.out.constData());
        QVERIFY(QString::fromUtf8(shown.out).contains(QStringLiteral("отчёт.pdf")));
        QVERIFY(QString::fromUtf8(shown.out).contains(QStringLiteral("Привет, Bob!")));

        const QByteArray messageId = headerValue(raw, "Message-ID");
        QVERIFY(!messageId.isEmpty());
        QCOMPARE(countByMessageId(QStringLiteral("alice"), QStringLiteral("Sent"), messageId), 1);
        QCOMPARE(countByMessageId(QStringLiteral("bob"), QStringLiteral("INBOX"), messageId), 1);
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array().size(), 0);
    }

    void badArgumentsStoreNothing()
    {
        const auto noRecipient = cli({QStringLiteral("send"), QStringLiteral("Alice"), QStringLiteral("--subject"), QStringLiteral("x"),
                                      QStringLiteral("--body-file"), path(QStringLiteral("body.txt"))});
        QCOMPARE(noRecipient.exitCode, 2);
        QVERIFY(noRecipient.err.contains("recipient"));
        const auto badAddress = cli({QStringLiteral("send"), QStringLiteral("Alice"), QStringLiteral("--to"), QStringLiteral("bob at example"),
                                     QStringLiteral("--subject"), QStringLiteral("x"), QStringLiteral("--body-file"), path(QStringLiteral("body.txt"))});
        QCOMPARE(badAddress.exitCode, 2);
        QVERIFY(badAddress.err.contains("bob at example"));
        const auto missingFile = cli({QStringLiteral("send"), QStringLiteral("Alice"), QStringLiteral("--to"), QStringLiteral("bob@example.test"),
                                      QStringLiteral("--subject"), QStringLiteral("x"), QStringLiteral("--body-file"), path(QStringLiteral("missing.txt"))});
        QCOMPARE(missingFile.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array().size(), 0);
    }

    // Last: it stops the SMTP server.
    void unreachableServerKeepsItQueuedUntilDeleted()
    {
        m_sink.stop();
        const auto queued = cli({QStringLiteral("send"), QStringLiteral("Alice"), QStringLiteral("--to"), QStringLiteral("bob@example.test"),
                                 QStringLiteral("--subject"), QStringLiteral("while offline"), QStringLiteral("--body-file"), path(QStringLiteral("body.txt"))});
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
        QVERIFY2(queued.err.contains("stays in the outbox and is tried again"), queued.err.constData());
        const QJsonArray waiting = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0][QStringLiteral("state")].toString(), QStringLiteral("queued"));
        QCOMPARE(waiting[0][QStringLiteral("attempts")].toInt(), 1);
        QVERIFY(!waiting[0][QStringLiteral("lastError")].toString().isEmpty());
        // `queue` shows what waits to go out beside the queued actions (issue 4).
        const QJsonArray pending = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("queue")}).out)
                                       .object()[QStringLiteral("outbox")].toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0][QStringLiteral("subject")].toString(), QStringLiteral("while offline"));
        QCOMPARE(pending[0][QStringLiteral("accountName")].toString(), QStringLiteral("Alice"));
        QVERIFY(cli({QStringLiteral("queue")}).out.contains("while offline"));
        const auto flushed = cli({QStringLiteral("outbox"), QStringLiteral("flush")});
        QCOMPARE(flushed.exitCode, 0); // still waiting for its back-off: nothing tried, nothing lost
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array().size(), 1);
        const QString id = QString::number(waiting[0][QStringLiteral("id")].toInteger());
        const auto deleted = cli({QStringLiteral("outbox"), QStringLiteral("delete"), id});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("outbox")}).out).array().size(), 0);
    }

private:
    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments, input, 60000);
    }
    QString path(const QString &name) const { return m_files.filePath(name); }
    void writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    static QByteArray headerValue(const QByteArray &raw, const QByteArray &name)
    {
        for (const QByteArray &line : raw.left(raw.indexOf("\r\n\r\n")).split('\n')) {
            if (line.startsWith(QByteArray(name + ": ")))
                return line.mid(name.size() + 2).trimmed();
        }
        return {};
    }
    int countByMessageId(const QString &user, const QString &mailbox, const QByteArray &messageId)
    {
        RawImapClient raw;
        if (!raw.connectTo(m_dovecot.ports().imap) || !raw.login(user, DovecotServer::password()))
            return -1;
        raw.command("SELECT " + RawImapClient::quoted(mailbox));
        const auto reply = raw.command("UID SEARCH HEADER Message-ID " + RawImapClient::quoted(QString::fromLatin1(messageId)));
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

    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_profile;
    QTemporaryDir m_files;
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"

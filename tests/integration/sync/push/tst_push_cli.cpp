// kestrel-cli idle against the real Dovecot: with --json it prints one object per line, a status line
// once it watches, then the message an LMTP delivery brings; it exits 0 after --seconds. Bad arguments
// and unknown accounts fail with a message.
#include "CliRunner.h"
#include "DovecotClient.h"
#include "RawImapClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel::Test;

class TestPushCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        const auto added = addAccount(QStringLiteral("Bob"), m_dovecot.ports().imaps, QStringLiteral("tls"), "secret");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto synced = cli({QStringLiteral("sync"), QStringLiteral("Bob")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
    }

    void printsEachNewMessageAsOneJsonLine()
    {
        QProcess idle;
        idle.start(QStringLiteral(KESTREL_CLI), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--json"),
                                                 QStringLiteral("idle"), QStringLiteral("Bob"), QStringLiteral("--seconds"), QStringLiteral("10")});
        QVERIFY(idle.waitForStarted());
        QList<QJsonObject> events;
        const auto readEvents = [&] {
            while (idle.canReadLine()) {
                QJsonParseError error;
                const QJsonDocument line = QJsonDocument::fromJson(idle.readLine(), &error);
                QVERIFY2(error.error == QJsonParseError::NoError && line.isObject(), qPrintable(error.errorString()));
                events << line.object();
            }
        };
        const auto has = [&](const QString &key, const QString &value) {
            readEvents();
            return std::any_of(events.cbegin(), events.cend(), [&](const QJsonObject &o) { return o.value(key).toString() == value; });
        };
        QVERIFY2(QTest::qWaitFor([&] { return has(QStringLiteral("state"), QStringLiteral("online")); }, 10000), idle.readAllStandardError().constData());

        QVERIFY(deliverByLmtp(m_dovecot.ports().lmtp, "bob", testMessage("Seen by the CLI")));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(QTest::qWaitFor([&] { return has(QStringLiteral("subject"), QStringLiteral("Seen by the CLI")); }, 2000));
        qInfo("kestrel-cli idle printed the delivery after %lld ms", clock.elapsed());
        const QJsonObject mail = *std::find_if(events.cbegin(), events.cend(), [](const QJsonObject &o) {
            return o.value(QStringLiteral("event")).toString() == QLatin1String("mail");
        });
        QCOMPARE(mail.value(QStringLiteral("folder")).toString(), QStringLiteral("INBOX"));
        QVERIFY(mail.value(QStringLiteral("uid")).toInteger() > 0);
        QCOMPARE(mail.value(QStringLiteral("from")).toString(), QStringLiteral("Carol <carol@example.org>"));

        QVERIFY(idle.waitForFinished(15000)); // --seconds 10
        QCOMPARE(idle.exitStatus(), QProcess::NormalExit);
        QCOMPARE(idle.exitCode(), 0);

        // The message is in the cache for everyone else too.
        const auto listed = cli({QStringLiteral("list"), QStringLiteral("Bob"), QStringLiteral("INBOX")});
        QVERIFY(listed.out.contains("Seen by the CLI"));
    }

    void plainOutputIsOneTabSeparatedLinePerMessage()
    {
        QProcess idle;
        idle.start(QStringLiteral(KESTREL_CLI), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("idle"),
                                                 QStringLiteral("Bob"), QStringLiteral("--seconds"), QStringLiteral("6")});
        QByteArray err;
        QVERIFY(QTest::qWaitFor([&] { err += idle.readAllStandardError(); return err.contains("Bob: online"); }, 10000));
        QVERIFY(deliverByLmtp(m_dovecot.ports().lmtp, "bob", testMessage("Plain line")));
        QByteArray out;
        QVERIFY(QTest::qWaitFor([&] { out += idle.readAllStandardOutput(); return out.contains("Plain line"); }, 2000));
        const QList<QByteArray> fields = out.trimmed().split('\t');
        QCOMPARE(fields.size(), 3);
        QVERIFY(fields[0].toUInt() > 0);
        QCOMPARE(fields[1], QByteArray("Carol <carol@example.org>"));
        QCOMPARE(fields[2], QByteArray("Plain line"));
        QVERIFY(idle.waitForFinished(10000));
        QCOMPARE(idle.exitCode(), 0);
    }

    // --push-folder: IDLE watches the folders the account names instead of only the Inbox.
    void watchesTheFoldersTheAccountNames()
    {
        RawImapClient raw;
        QVERIFY(raw.connectTo(m_dovecot.ports().imap));
        QVERIFY2(raw.login(QStringLiteral("bob"), QStringLiteral("secret")), qPrintable(raw.lastError()));
        QVERIFY(raw.command("CREATE Watched").ok);
        const auto added = addAccount(QStringLiteral("Archivist"), m_dovecot.ports().imaps, QStringLiteral("tls"), "secret",
                                      {QStringLiteral("--push-folder"), QStringLiteral("Watched")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto synced = cli({QStringLiteral("sync"), QStringLiteral("Archivist")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QProcess idle;
        idle.start(QStringLiteral(KESTREL_CLI), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("idle"),
                                                 QStringLiteral("Archivist"), QStringLiteral("--seconds"), QStringLiteral("8")});
        QByteArray err;
        QVERIFY2(QTest::qWaitFor([&] { err += idle.readAllStandardError(); return err.contains("Archivist: online"); }, 10000), err.constData());

        QVERIFY2(raw.append(QStringLiteral("Watched"), {testMessage("Filed away")}), qPrintable(raw.lastError()));
        raw.logout();
        QByteArray out;
        QVERIFY2(QTest::qWaitFor([&] { out += idle.readAllStandardOutput(); return out.contains("Filed away"); }, 3000), out.constData());
        // The message went only to Watched: seeing it proves that folder is watched.
        QVERIFY(idle.waitForFinished(12000));
        QCOMPARE(idle.exitCode(), 0);
        const QJsonDocument accounts = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("accounts")}).out);
        QCOMPARE(accounts.array().last()[QStringLiteral("pushFolders")].toArray(), QJsonArray{QStringLiteral("Watched")});
    }

    void aRefusedPasswordEndsWithAMessageInsteadOfRetrying()
    {
        const auto added = addAccount(QStringLiteral("Wrong"), m_dovecot.ports().imap, QStringLiteral("starttls"), "not the password");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QElapsedTimer clock;
        clock.start();
        const auto idle = cli({QStringLiteral("idle"), QStringLiteral("Wrong"), QStringLiteral("--seconds"), QStringLiteral("30")});
        QCOMPARE(idle.exitCode, 1);
        QVERIFY(clock.elapsed() < 20000); // it gave up instead of waiting out --seconds
        QVERIFY2(idle.err.contains("did not accept the user name or password"), idle.err.constData());
        QVERIFY(!idle.err.contains("not the password"));
    }

    void badArgumentsFailWithAMessage()
    {
        const auto unknown = cli({QStringLiteral("idle"), QStringLiteral("Nobody"), QStringLiteral("--seconds"), QStringLiteral("1")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Nobody"));
        const auto seconds = cli({QStringLiteral("idle"), QStringLiteral("Bob"), QStringLiteral("--seconds"), QStringLiteral("soon")});
        QCOMPARE(seconds.exitCode, 2);
        QVERIFY(seconds.err.contains("idle ACCOUNT"));
        const auto none = cli({QStringLiteral("idle")});
        QCOMPARE(none.exitCode, 2);
    }

private:
    CliResult addAccount(const QString &name, quint16 imapPort, const QString &security, const QByteArray &password,
                         const QStringList &more = {})
    {
        const QByteArray fingerprint = QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0)
                                           .digest(QCryptographicHash::Sha256).toHex();
        return cli(QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), name,
                    QStringLiteral("--email"), QStringLiteral("bob@example.test"), QStringLiteral("--user"), QStringLiteral("bob"),
                    QStringLiteral("--imap-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--imap-port"), QString::number(imapPort),
                    QStringLiteral("--imap-security"), security, QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--smtp-port"), QString::number(m_dovecot.ports().submission), QStringLiteral("--smtp-security"),
                    QStringLiteral("starttls"), QStringLiteral("--trust-certificate"), QString::fromLatin1(fingerprint),
                    QStringLiteral("--password-stdin")} + more,
                   password + '\n');
    }

    CliResult cli(QStringList arguments, const QByteArray &input = {})
    {
        return runCli(QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments, input, 60000);
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestPushCli)
#include "tst_push_cli.moc"

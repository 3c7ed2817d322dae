// kestrel-cli sync/folders/list against the real Dovecot filled with the demo mailbox; then another
// client flags, expunges and appends, and a second sync brings the cache level with the server.
#include "CliAccountArguments.h"
#include "CliRunner.h"
#include "DovecotServer.h"
#include "SocketWait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel::Test;

class TestSyncCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QProcess fill;
        fill.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(KESTREL_DEMO_MAIL), m_dovecot.maildir(QStringLiteral("alice"))});
        QVERIFY(fill.waitForFinished(60000));
        QVERIFY2(fill.exitCode() == 0, fill.readAllStandardError().constData());
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"),
                                                    m_dovecot.directory() + QStringLiteral("/home")}); // Dovecot's mail user when run as root
        const auto added = cli(aliceAccountAddArguments(m_dovecot.ports().imaps, m_dovecot.ports().submission,
                                                             m_dovecot.certificatePath()),
                               "secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    void firstSyncFillsTheCacheNewestFirst()
    {
        const auto synced = cli({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY2(synced.out.contains("Alice: 160 new, 0 removed, 0 changed"), synced.out.constData());

        const QJsonArray folders = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("folders")}).out).array();
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &folder : folders)
            byName.insert(folder[QStringLiteral("name")].toString(), folder.toObject());
        for (const QString &name : {QStringLiteral("INBOX"), QStringLiteral("Sent"), QStringLiteral("Drafts"),
                                    QStringLiteral("Trash"), QStringLiteral("Projects/Kestrel"), QStringLiteral("Lists/debian-devel")})
            QVERIFY2(byName.contains(name), qPrintable(name));
        QCOMPARE(byName[QStringLiteral("INBOX")][QStringLiteral("total")].toInt(), 160);
        QCOMPARE(byName[QStringLiteral("INBOX")][QStringLiteral("role")].toInt(), 1); // SpecialUse::Inbox
        QCOMPARE(byName[QStringLiteral("Sent")][QStringLiteral("role")].toInt(), 3);
        QCOMPARE(byName[QStringLiteral("Projects/Kestrel")][QStringLiteral("total")].toInt(), 39);

        const QJsonArray top = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("Alice"),
                                                            QStringLiteral("INBOX"), QStringLiteral("--limit"), QStringLiteral("5")}).out).array();
        QCOMPARE(top.size(), 5);
        for (int i = 1; i < top.size(); ++i)
            QVERIFY(top[i - 1][QStringLiteral("date")].toString() >= top[i][QStringLiteral("date")].toString());
        QVERIFY(!top[0][QStringLiteral("subject")].toString().isEmpty());
    }

    void searchIndexesWhatTheSyncLeftQueued()
    {
        // `sync` queues the messages of an initial sync for the search index and leaves them queued
        // (SyncCommands.cpp); `search` indexes them before it searches.
        const qint64 queued = pendingForIndex();
        QVERIFY2(queued >= 160, qPrintable(QString::number(queued))); // the Inbox's and the other folders'
        const QJsonArray newest = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("Alice"),
                                                               QStringLiteral("INBOX"), QStringLiteral("--limit"), QStringLiteral("1")}).out).array();
        QCOMPARE(newest.size(), 1);
        const QString subject = newest[0][QStringLiteral("subject")].toString();
        const auto found = cli({QStringLiteral("--json"), QStringLiteral("search"), QLatin1Char('"') + subject + QLatin1Char('"'),
                                QStringLiteral("--account"), QStringLiteral("Alice"), QStringLiteral("--limit"), QStringLiteral("1000")});
        QVERIFY2(found.exitCode == 0, found.err.constData());
        QVERIFY2(found.err.isEmpty(), found.err.constData());
        bool hit = false;
        for (const QJsonValue &row : QJsonDocument::fromJson(found.out).array())
            hit = hit || (row[QStringLiteral("uid")].toInteger() == newest[0][QStringLiteral("uid")].toInteger()
                          && row[QStringLiteral("folder")].toString() == QStringLiteral("INBOX"));
        QVERIFY2(hit, qPrintable(subject + QStringLiteral(": ") + QString::fromUtf8(found.out)));
        QCOMPARE(pendingForIndex(), 0);
    }

    void secondSyncAppliesChangesMadeElsewhere()
    {
        // Another client: flag UID 1, expunge UID 2, append one message.
        QSslSocket other;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(m_dovecot.certificatePath()));
        other.setSslConfiguration(config);
        other.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, QStringLiteral("localhost"));
        QVERIFY(waitForEncrypted(other));
        QVERIFY(!readUntil(other, "* OK").isEmpty());
        other.write("a LOGIN alice secret\r\nb SELECT INBOX\r\n");
        QVERIFY(!readUntil(other, "b OK").isEmpty());
        other.write("c UID STORE 1 +FLAGS (\\Flagged)\r\nd UID STORE 2 +FLAGS (\\Deleted)\r\ne EXPUNGE\r\n");
        QVERIFY(!readUntil(other, "e OK").isEmpty());
        const QByteArray message = "From: Zed <zed@example.test>\r\nSubject: Arrived while away\r\n\r\nHello\r\n";
        other.write("f APPEND INBOX {" + QByteArray::number(message.size()) + "+}\r\n" + message + "\r\n");
        QVERIFY(!readUntil(other, "f OK").isEmpty());
        other.write("g LOGOUT\r\n");

        const auto synced = cli({QStringLiteral("sync"), QStringLiteral("Alice"), QStringLiteral("INBOX")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY2(synced.out.contains("Alice: 1 new, 1 removed, 1 changed"), synced.out.constData());

        const QJsonArray all = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("Alice"),
                                                            QStringLiteral("INBOX"), QStringLiteral("--limit"), QStringLiteral("1000")}).out).array();
        QCOMPARE(all.size(), 160);
        QHash<qint64, QJsonObject> byUid;
        for (const QJsonValue &row : all)
            byUid.insert(row[QStringLiteral("uid")].toInteger(), row.toObject());
        QVERIFY(byUid[1][QStringLiteral("flagged")].toBool());
        QVERIFY(!byUid.contains(2));
        QCOMPARE(all[0][QStringLiteral("subject")].toString(), QStringLiteral("Arrived while away")); // newest arrival

        const auto again = cli({QStringLiteral("sync"), QStringLiteral("Alice")});
        QVERIFY2(again.out.contains("Alice: 0 new, 0 removed, 0 changed"), again.out.constData());
    }

private:
    qint64 pendingForIndex()
    {
        qint64 count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(m_profile.filePath(QStringLiteral("cache.sqlite")));
            if (db.open()) {
                QSqlQuery query(QStringLiteral("SELECT count(*) FROM search_pending"), db);
                if (query.next())
                    count = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return count;
    }

    CliResult cli(QStringList arguments, const QByteArray &input = {})
    {
        return runCli(QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments, input, 60000);
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"

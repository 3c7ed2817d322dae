// Bodies on demand against the real Dovecot, through kestrel-cli: `show` fetches only a message's text,
// `save-attachment` writes the sender's exact bytes, charsets come out right, `prefetch` makes unopened
// recent mail readable offline and searchable, and everything cached still shows with the server gone.
#include "CliAccountArguments.h"
#include "CliRunner.h"
#include "DovecotServer.h"
#include "MailFixtures.h"
#include "RawImapClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel::Test;

namespace {

// UIDs in the order initTestCase appends them.
constexpr int PlainUid = 1, AttachmentUid = 2, Windows1251Uid = 3, Koi8rUid = 4, UnopenedUid = 5, OldUid = 6;

const QString PlainText = QStringLiteral("The quick brown fox opens a message on demand.");
const QString Windows1251Text = QStringLiteral("Привет из Windows, ёжик в тумане");
const QString Koi8rText = QStringLiteral("Съешь же ещё этих мягких французских булок");
const QString UnopenedText = QStringLiteral("Only the prefetch ever reads this: xylophonist zanzibar.");

} // namespace

class TestSyncBodies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QByteArrayView(KESTREL_BODIES_MODE) == "body") {
            m_dovecot.setExtraConfig(QStringLiteral("imap_capability = IMAP4rev1 LITERAL+ SASL-IR ID ENABLE IDLE UIDPLUS"
                                                    " CONDSTORE QRESYNC ESEARCH LIST-EXTENDED LIST-STATUS SPECIAL-USE MOVE"
                                                    " NAMESPACE CHILDREN UNSELECT"));
        }
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(appendAll());
        const auto added = cli(aliceAccountAddArguments(m_dovecot.ports().imaps, m_dovecot.ports().submission,
                                                             m_dovecot.certificatePath()),
                               "secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto synced = cli({QStringLiteral("sync"), QStringLiteral("Alice")});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY2(synced.out.contains("6 new"), synced.out.constData());
    }

    void showFetchesTheTextOnDemand()
    {
        const auto before = show(PlainUid, true);
        QCOMPARE(before.exitCode, 3); // headers only so far: --offline says so instead of showing nothing
        QVERIFY2(before.err.contains("not in the cache"), before.err.constData());

        const auto shown = show(PlainUid);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(shown.out.contains(PlainText.toUtf8()), shown.out.constData());
        QVERIFY2(shown.out.contains("Subject: Plain hello"), shown.out.constData());
        QVERIFY2(shown.out.contains("Boris <boris@example.test>"), shown.out.constData());

        const auto again = show(PlainUid, true);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(again.out.contains(PlainText.toUtf8()));

        // BODY.PEEK / BINARY.PEEK on an EXAMINEd folder: reading in Kestrel does not mark the message read.
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("Alice")}).exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("Alice"),
                                                             QStringLiteral("INBOX")}).out).array();
        QCOMPARE(list.size(), 6);
        for (const QJsonValue &row : list)
            QVERIFY(!row[QStringLiteral("seen")].toBool());
    }

    void charsetsAreDecoded()
    {
        // As if cached by an older Kestrel that kept no BODYSTRUCTURE: `show` fetches it first.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            db.setDatabaseName(m_profile.filePath(QStringLiteral("cache.sqlite")));
            QVERIFY(db.open());
            QSqlQuery forget(db);
            QVERIFY(forget.exec(QStringLiteral("UPDATE messages SET body_structure = NULL WHERE uid = %1").arg(Koi8rUid)));
            QCOMPARE(forget.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
        QCOMPARE(show(Koi8rUid, true).exitCode, 3);

        const auto cp1251 = show(Windows1251Uid);
        QVERIFY2(cp1251.exitCode == 0, cp1251.err.constData());
        QVERIFY2(cp1251.out.contains(Windows1251Text.toUtf8()), cp1251.out.constData());

        const auto koi8 = cli({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("Alice"), QStringLiteral("INBOX"),
                               QString::number(Koi8rUid)});
        QVERIFY2(koi8.exitCode == 0, koi8.err.constData());
        const QJsonObject message = QJsonDocument::fromJson(koi8.out).object();
        QCOMPARE(message[QStringLiteral("text")].toString().trimmed(), Koi8rText); // the plain alternative
        QVERIFY(message[QStringLiteral("html")].toString().isEmpty());            // the HTML one is not fetched
        QVERIFY(message[QStringLiteral("attachments")].toArray().isEmpty());
    }

    void savedAttachmentIsByteIdentical()
    {
        const auto shown = cli({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("Alice"), QStringLiteral("INBOX"),
                                QString::number(AttachmentUid)});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonArray attachments = QJsonDocument::fromJson(shown.out).object()[QStringLiteral("attachments")].toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0][QStringLiteral("index")].toInt(), 1);
        QCOMPARE(attachments[0][QStringLiteral("fileName")].toString(), MailFixtures::attachmentName());
        QCOMPARE(attachments[0][QStringLiteral("mimeType")].toString(), QStringLiteral("application/octet-stream"));
        QVERIFY(qAbs(attachments[0][QStringLiteral("size")].toInteger() - 5000) < 100);

        // Showing the message did not fetch the attachment.
        const QString offlinePath = m_profile.filePath(QStringLiteral("offline.bin"));
        QCOMPARE(saveAttachment(AttachmentUid, 1, offlinePath, true).exitCode, 3);
        QVERIFY(!QFile::exists(offlinePath));

        const QString path = m_profile.filePath(QStringLiteral("saved.bin"));
        const auto saved = saveAttachment(AttachmentUid, 1, path);
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), MailFixtures::attachmentBytes());

        const auto noSuch = saveAttachment(AttachmentUid, 2, m_profile.filePath(QStringLiteral("none.bin")));
        QCOMPARE(noSuch.exitCode, 1);
        QVERIFY2(noSuch.err.contains("no attachment number 2"), noSuch.err.constData());
    }

    void prefetchMakesRecentMailReadableOffline()
    {
        const auto notYet = cli({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("zanzibar")});
        QCOMPARE(notYet.exitCode, 0);
        QVERIFY2(QJsonDocument::fromJson(notYet.out).array().isEmpty(), notYet.out.constData());

        const auto prefetched = cli({QStringLiteral("--json"), QStringLiteral("prefetch"), QStringLiteral("Alice"), QStringLiteral("INBOX")});
        QVERIFY2(prefetched.exitCode == 0, prefetched.err.constData());
        // Only the one recent message never opened needed text; the 100-day-old one is outside the window.
        QCOMPARE(QJsonDocument::fromJson(prefetched.out).object()[QStringLiteral("messages")].toInt(), 1);

        const auto unopened = show(UnopenedUid, true);
        QVERIFY2(unopened.exitCode == 0, unopened.err.constData());
        QVERIFY(unopened.out.contains(UnopenedText.toUtf8()));
        QCOMPARE(show(OldUid, true).exitCode, 3);

        const auto found = cli({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("zanzibar"),
                                QStringLiteral("--account"), QStringLiteral("Alice")});
        QVERIFY2(found.exitCode == 0, found.err.constData());
        const QJsonArray hits = QJsonDocument::fromJson(found.out).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0][QStringLiteral("uid")].toInt(), UnopenedUid);
        QCOMPARE(hits[0][QStringLiteral("folder")].toString(), QStringLiteral("INBOX"));
        QCOMPARE(hits[0][QStringLiteral("account")].toString(), QStringLiteral("Alice"));
        QCOMPARE(hits[0][QStringLiteral("subject")].toString(), QStringLiteral("Never opened"));
        const auto plain = cli({QStringLiteral("search"), QStringLiteral("xylophonist")});
        QVERIFY2(plain.out.startsWith("Alice\tINBOX\t5\t"), plain.out.constData());

        const auto again = cli({QStringLiteral("--json"), QStringLiteral("prefetch"), QStringLiteral("Alice")});
        QCOMPARE(QJsonDocument::fromJson(again.out).object()[QStringLiteral("messages")].toInt(), 0); // nothing left to do
    }

    void cachedMailShowsWithTheServerStopped()
    {
        m_dovecot.stop();
        for (const int uid : {PlainUid, AttachmentUid, Windows1251Uid, Koi8rUid, UnopenedUid}) {
            const auto shown = show(uid, true);
            QVERIFY2(shown.exitCode == 0, shown.err.constData());
        }
        // Without --offline nothing is missing, so nothing is tried.
        QVERIFY(show(PlainUid).out.contains(PlainText.toUtf8()));
        const QString path = m_profile.filePath(QStringLiteral("offline-again.bin"));
        QCOMPARE(saveAttachment(AttachmentUid, 1, path, true).exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), MailFixtures::attachmentBytes());

        const auto unreachable = show(OldUid);
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(!unreachable.err.isEmpty());
    }

private:
    bool appendAll()
    {
        RawImapClient imap;
        if (!imap.connectTo(m_dovecot.ports().imap) || !imap.login(QStringLiteral("alice"), QStringLiteral("secret")))
            return false;
        const bool appended = imap.append(QStringLiteral("INBOX"), {MailFixtures::plainUtf8("Plain hello", PlainText),
                                                                    MailFixtures::withAttachment("Report attached"),
                                                                    MailFixtures::windows1251("Windows text", Windows1251Text),
                                                                    MailFixtures::koi8rAlternative("KOI8 alternative", Koi8rText),
                                                                    MailFixtures::plainUtf8("Never opened", UnopenedText)})
            && imap.append(QStringLiteral("INBOX"), {MailFixtures::plainUtf8("Long ago", QStringLiteral("From a hundred days back."))},
                           {}, QDateTime::currentDateTimeUtc().addDays(-100));
        imap.logout();
        return appended;
    }

    CliResult cli(QStringList arguments, const QByteArray &input = {})
    {
        return runCli(QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments, input, 60000);
    }

    CliResult show(int uid, bool offline = false)
    {
        QStringList args{QStringLiteral("show"), QStringLiteral("Alice"), QStringLiteral("INBOX"), QString::number(uid)};
        if (offline)
            args << QStringLiteral("--offline");
        return cli(args);
    }

    CliResult saveAttachment(int uid, int index, const QString &path, bool offline = false)
    {
        QStringList args{QStringLiteral("save-attachment"), QStringLiteral("Alice"), QStringLiteral("INBOX"),
                         QString::number(uid), QString::number(index), path};
        if (offline)
            args << QStringLiteral("--offline");
        return cli(args);
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestSyncBodies)
#include "tst_sync_bodies.moc"

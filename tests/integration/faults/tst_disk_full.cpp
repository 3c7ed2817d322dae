// A full disk (issue 9, "Faults"): the cache and the drafts folder on a 2 MB tmpfs. A sync that needs
// more room fails with the clear "disk is full" message; the database passes integrity_check, what was
// cached before is all still there, and once there is room again the same sync completes and the cache
// equals the server. Saving a draft on the full disk says so and leaves the earlier version whole.
#include "SmallDisk.h"

#include "CacheSnapshot.h"
#include "DovecotServer.h"
#include "EventWait.h"
#include "RawImapClient.h"

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "compose/DraftStore.h"
#include "sync/AccountSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Test;

namespace {

const QString small = QStringLiteral("Small");
const QString big = QStringLiteral("Big");

// `count` messages whose ENVELOPE (many Cc addresses) is ~3 KiB each: cached, they outgrow the disk.
QList<QByteArray> messages(const QByteArray &tag, int count)
{
    QByteArray cc = "Cc: ";
    for (int i = 0; i < 40; ++i)
        cc += (i ? ",\r\n " : "") + QByteArray("Recipient Number ") + QByteArray::number(i) + " <recipient." + QByteArray::number(i) + "@lists.example.org>";
    QList<QByteArray> list;
    for (int i = 1; i <= count; ++i)
        list << "From: Carol <carol@example.org>\r\nTo: alice@example.org\r\n" + cc + "\r\nSubject: " + tag + ' ' + QByteArray::number(i)
                + "\r\nMessage-ID: <" + tag + '.' + QByteArray::number(i) + "@kestrel.test>\r\n\r\nBody\r\n";
    return list;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_disk.mount(2048), qPrintable(m_disk.errorString()));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        RawImapClient raw;
        QVERIFY(raw.connectTo(m_dovecot.ports().imap) && raw.login(QStringLiteral("alice"), DovecotServer::password()));
        raw.command("CREATE Small");
        raw.command("CREATE Big");
        QVERIFY(raw.append(small, messages("small", 20)));
        QVERIFY(fillMaildir(big, messages("big", 1500)));
        m_account.id = QStringLiteral("full-alice");
        m_account.userName = QStringLiteral("alice");
        m_account.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        const QByteArray pin = QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
        m_account.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, pin}};
    }

    void syncOnAFullDiskKeepsWhatWasStored()
    {
        const QString path = m_disk.path() + QStringLiteral("/cache.sqlite");
        {
            Database db;
            QVERIFY(!db.open(path));
            QCOMPARE(sync(db, {small}), QString());
            QCOMPARE(cached(db, small), 20);

            // ~4.5 MB of envelopes into 2 MB.
            const QString full = sync(db, {big});
            QVERIFY2(full.contains(QStringLiteral("disk is full")), qPrintable(full.isEmpty() ? QStringLiteral("the sync succeeded") : full));
            QCOMPARE(cached(db, small), 20); // nothing stored earlier was lost
            const int partial = cached(db, big);
            qInfo("the disk filled after %d of 1500 messages", partial);
            QVERIFY(partial < 1500);
        }
        QCOMPARE(integrity(path), QStringLiteral("ok"));

        QVERIFY2(m_disk.grow(64 * 1024), qPrintable(m_disk.errorString())); // space freed
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(sync(db, {small, big}), QString());
        QCOMPARE(cached(db, small), 20);
        QCOMPARE(cached(db, big), 1500);
        for (const QString &folder : {small, big}) {
            const QString difference = CacheSnapshot::compare(m_dovecot.ports().imap, QStringLiteral("alice"), DovecotServer::password(),
                                                              db, m_account.id, folder);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }

    void draftOnAFullDiskKeepsTheEarlierVersion()
    {
        QFile::remove(m_disk.path() + QStringLiteral("/cache.sqlite"));
        QFile::remove(m_disk.path() + QStringLiteral("/cache.sqlite-wal"));
        QFile::remove(m_disk.path() + QStringLiteral("/cache.sqlite-shm"));
        QVERIFY2(m_disk.grow(2048), qPrintable(m_disk.errorString())); // 2 MB again, now that the cache is gone
        Compose::DraftStore store(m_disk.path() + QStringLiteral("/drafts"));
        Compose::Draft draft;
        draft.id = Compose::DraftStore::newId();
        draft.message.subject = QStringLiteral("First version");
        draft.message.body = QStringLiteral("Short.\n");
        draft.saved = QDateTime::currentDateTimeUtc();
        QVERIFY(!store.save(draft));

        // Fill the disk to the last byte.
        QFile filler(m_disk.path() + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'f');
        for (int i = 0; i < 200 && filler.write(block) == block.size(); ++i) {
        }
        for (int i = 0; i < 64 * 1024 && filler.write("f", 1) == 1 && filler.flush(); ++i) {
        }
        filler.close();

        Compose::Draft longer = draft;
        longer.message.subject = QStringLiteral("Second version");
        longer.message.body = QStringLiteral("Much longer than the first one.\n").repeated(2000);
        const auto error = store.save(longer);
        QVERIFY(error);
        QVERIFY2(error->userMessage.contains(QStringLiteral("disk is full")), qPrintable(error->toString()));
        Compose::Draft loaded;
        QVERIFY(!store.load(draft.id, loaded));
        QCOMPARE(loaded.message.subject, QStringLiteral("First version")); // the earlier version is whole
        QCOMPARE(QDir(store.directory()).entryList(QDir::Files), QStringList{draft.id + QStringLiteral(".json")}); // no temporary left

        QVERIFY(QFile::remove(filler.fileName()));
        QVERIFY(!store.save(longer));
        QVERIFY(!store.load(draft.id, loaded));
        QCOMPARE(loaded.message.subject, QStringLiteral("Second version"));
    }

private:
    QString sync(Database &db, const QStringList &folders)
    {
        Sync::AccountSync sync(m_account, DovecotServer::password(), db);
        std::optional<std::optional<Error>> result;
        connect(&sync, &Sync::AccountSync::finished, &sync, [&result](const std::optional<Error> &error) { result = error; });
        Sync::AccountSync::Options options;
        options.folders = folders;
        options.chunkUids = 100;
        sync.start(options);
        if (!waitWithoutSleeping([&result] { return result.has_value(); }, 90000))
            return QStringLiteral("the sync did not finish in 90 s");
        return *result ? (*result)->toString() : QString();
    }

    int cached(Database &db, const QString &folder)
    {
        return int(CacheSnapshot::read(db, m_account.id, folder).messages.size());
    }

    static QString integrity(const QString &path)
    {
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(path);
            if (!db.open())
                return db.lastError().text();
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA integrity_check"));
            while (query.next())
                result += query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        return result;
    }

    bool fillMaildir(const QString &folder, const QList<QByteArray> &list)
    {
        const QString dir = m_dovecot.maildir(QStringLiteral("alice")) + QStringLiteral("/.") + folder;
        for (const char *sub : {"cur", "new", "tmp"})
            QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub));
        for (qsizetype i = 0; i < list.size(); ++i) {
            QFile file(dir + QStringLiteral("/cur/1793600000.M%1P1.kestrel,S=%2:2,").arg(i, 6, 10, QLatin1Char('0')).arg(list[i].size()));
            if (!file.open(QIODevice::WriteOnly) || file.write(list[i]) != list[i].size())
                return false;
        }
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"), m_dovecot.directory() + QStringLiteral("/home")});
        return true;
    }

    SmallDisk m_disk;
    DovecotServer m_dovecot;
    AccountSettings m_account;
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"

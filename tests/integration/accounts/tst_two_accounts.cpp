// Two accounts (two Dovecot users) configured and synchronising at the same time (issue 7, "Tests"):
// SyncCoordinator runs both on threads of their own against one Dovecot and one cache file. Each
// account's cache ends with exactly its own user's messages (their Message-IDs say whose they are),
// both reach their counts; both were running before either finished.
#include "DovecotServer.h"

#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "sync/SyncCoordinator.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using Kestrel::Test::DovecotServer;

class TestTwoAccounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(deliver(QStringLiteral("alice"), AliceCount));
        QVERIFY(deliver(QStringLiteral("bob"), BobCount));
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"),
                                                    m_dovecot.directory() + QStringLiteral("/home")});
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            m_accounts << account(user);
            QVERIFY(storePassword(m_accounts.last().secretKey(), DovecotServer::password()));
        }
        Database migrate;
        QVERIFY(!migrate.open(cachePath()));
    }

    void bothSyncAtOnceWithoutCrossTalk()
    {
        Sync::SyncCoordinator coordinator(cachePath(), m_credentials);
        QHash<QString, qint64> started, firstChange, finishedAt;
        QHash<QString, std::optional<Error>> results;
        QElapsedTimer clock;
        clock.start();
        connect(&coordinator, &Sync::SyncCoordinator::accountStarted, this,
                [&](const QString &id) { started.insert(id, clock.nsecsElapsed()); });
        connect(&coordinator, &Sync::SyncCoordinator::cacheChanged, this, [&](const QString &id) {
            if (!firstChange.contains(id))
                firstChange.insert(id, clock.nsecsElapsed());
        });
        connect(&coordinator, &Sync::SyncCoordinator::accountFinished, this, [&](const QString &id, const std::optional<Error> &error) {
            finishedAt.insert(id, clock.nsecsElapsed());
            results.insert(id, error);
        });
        coordinator.syncAll(m_accounts);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 90000);
        for (const AccountSettings &a : std::as_const(m_accounts))
            QVERIFY2(!results[a.id], results[a.id] ? qPrintable(results[a.id]->toString()) : "");

        // Both were started before either finished (syncAll hands both to their threads at once). Whether
        // their network traffic overlaps depends on the machine's load (the keyring answers one read at a
        // time; 1200 messages take about a second), so it is printed, not asserted.
        const QString alice = m_accounts[0].id, bob = m_accounts[1].id;
        QVERIFY(started.contains(alice) && started.contains(bob));
        QVERIFY(qMax(started[alice], started[bob]) < qMin(finishedAt[alice], finishedAt[bob]));
        QVERIFY(firstChange.contains(alice) && firstChange.contains(bob));
        const bool overlapped = firstChange[alice] < finishedAt[bob] && firstChange[bob] < finishedAt[alice];
        qInfo("alice stored from %lld to %lld ms, bob from %lld to %lld ms: %s", firstChange[alice] / 1000000,
              finishedAt[alice] / 1000000, firstChange[bob] / 1000000, finishedAt[bob] / 1000000,
              overlapped ? "overlapping" : "one after the other");

        Database reader;
        QVERIFY(!reader.open(cachePath(), Database::Access::ReadOnly));
        QCOMPARE(messageIds(reader, alice), expectedIds(QStringLiteral("alice"), AliceCount));
        QCOMPARE(messageIds(reader, bob), expectedIds(QStringLiteral("bob"), BobCount));
    }

private:
    static constexpr int AliceCount = 1200;
    static constexpr int BobCount = 900;

    QString cachePath() const { return m_profile.filePath(QStringLiteral("cache.sqlite")); }

    // Straight into the user's INBOX Maildir, as a delivery agent would: many messages in a moment.
    bool deliver(const QString &user, int count)
    {
        const QString dir = m_dovecot.maildir(user);
        for (const char *sub : {"cur", "new", "tmp"}) {
            if (!QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub)))
                return false;
        }
        for (int i = 1; i <= count; ++i) {
            const QByteArray message = "From: Sender <sender@example.org>\r\nTo: " + user.toUtf8()
                + "@example.org\r\nSubject: For " + user.toUtf8() + ' ' + QByteArray::number(i)
                + "\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + messageId(user, i).toUtf8()
                + ">\r\n\r\nHello " + user.toUtf8() + "\r\n";
            QFile file(dir + QStringLiteral("/cur/1793600000.M%1P1.kestrel,S=%2:2,").arg(i, 6, 10, QLatin1Char('0')).arg(message.size()));
            if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size())
                return false;
        }
        return true;
    }

    static QString messageId(const QString &user, int n) { return QStringLiteral("%1.%2@two-accounts.test").arg(user).arg(n); }

    static QStringList expectedIds(const QString &user, int count)
    {
        QStringList ids;
        for (int i = 1; i <= count; ++i)
            ids << QLatin1Char('<') + messageId(user, i) + QLatin1Char('>'); // stored as the header has it
        ids.sort();
        return ids;
    }

    // Every Message-ID the cache holds for the account, in any folder, sorted.
    static QStringList messageIds(Database &reader, const QString &accountId)
    {
        QList<FolderInfo> folders;
        if (FolderStore(reader).folders(accountId, folders))
            return {QStringLiteral("(unreadable folders)")};
        QStringList ids;
        for (const FolderInfo &folder : std::as_const(folders)) {
            QList<MessageSummary> messages;
            if (MessageListReader(reader).page(MessageScope{{folder.id}, {}}, MessageOrder(), 0, 100000, messages))
                return {QStringLiteral("(unreadable messages)")};
            for (const MessageSummary &m : std::as_const(messages))
                ids << m.messageId;
        }
        ids.sort();
        return ids;
    }

    AccountSettings account(const QString &user) const
    {
        AccountSettings settings;
        settings.id = QStringLiteral("two-") + user;
        settings.displayName = user;
        settings.userName = user;
        settings.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        const QByteArray pin = QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
        settings.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, pin}};
        return settings;
    }

    bool storePassword(const QString &key, const QString &password)
    {
        bool done = false, ok = false;
        m_credentials.write(key, password, [&](std::optional<Error> error) {
            ok = !error;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
    CredentialStore m_credentials{QStringLiteral("Kestrel-test")};
    QList<AccountSettings> m_accounts;
};

QTEST_GUILESS_MAIN(TestTwoAccounts)
#include "tst_two_accounts.moc"

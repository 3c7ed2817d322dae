// SyncCoordinator runs each account on its own thread against the real Dovecot; the GUI-side models
// see the result through their own read-only connection. A wrong password fails only its account.
#include "DovecotServer.h"

#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/SearchIndex.h"
#include "models/MessageListModel.h"
#include "sync/SyncCoordinator.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;
using Kestrel::Test::DovecotServer;

class TestSyncCoordinator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QProcess fill;
        fill.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(KESTREL_DEMO_MAIL), m_dovecot.maildir(QStringLiteral("bob")),
                                                        QStringLiteral("--user"), QStringLiteral("bob")});
        QVERIFY(fill.waitForFinished(60000));
        QCOMPARE(fill.exitCode(), 0);
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"),
                                                    m_dovecot.directory() + QStringLiteral("/home")});
        m_bob = account(QStringLiteral("coordinator-bob"), QStringLiteral("bob"));
        m_wrong = account(QStringLiteral("coordinator-wrong"), QStringLiteral("alice"));
        QVERIFY(storePassword(m_bob.secretKey(), QStringLiteral("secret")));
        QVERIFY(storePassword(m_wrong.secretKey(), QStringLiteral("not the password")));
        Database migrate;
        QVERIFY(!migrate.open(cachePath()));
    }

    void syncsAccountsIndependentlyOffTheGuiThread()
    {
        SyncCoordinator coordinator(cachePath(), m_credentials);
        QSignalSpy finished(&coordinator, &Sync::SyncCoordinator::accountFinished);
        QSignalSpy changed(&coordinator, &Sync::SyncCoordinator::cacheChanged);
        coordinator.syncAll({m_wrong, m_bob});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);

        QHash<QString, std::optional<Error>> results;
        for (const auto &call : std::as_const(finished))
            results.insert(call[0].toString(), call[1].value<std::optional<Error>>());
        QVERIFY2(!results[m_bob.id], results[m_bob.id] ? qPrintable(results[m_bob.id]->toString()) : "");
        QVERIFY(results[m_wrong.id]);
        QCOMPARE(results[m_wrong.id]->code, Error::Code::Authentication);
        QVERIFY(changed.count() >= 2); // folder list, then INBOX

        Database reader;
        QVERIFY(!reader.open(cachePath(), Database::Access::ReadOnly));
        std::optional<FolderInfo> inbox;
        QVERIFY(!FolderStore(reader).findFolder(m_bob.id, QStringLiteral("INBOX"), inbox));
        QVERIFY(inbox);
        MessageListModel model(reader);
        model.setFolder(inbox->id, SpecialUse::Inbox);
        QCOMPARE(model.rowCount(), 160);
        QVERIFY(!model.index(0, MessageListModel::SubjectColumn).data().toString().isEmpty());

        // The sync left the new messages' search indexing for afterwards; the worker thread catches up.
        QTRY_VERIFY_WITH_TIMEOUT(unindexed(reader) == 0, 30000);
        QList<MessageKey> hits;
        const QString subject = model.index(0, MessageListModel::SubjectColumn).data().toString();
        QVERIFY(!SearchIndex(reader).search(subject, m_bob.id, 5, hits));
        QVERIFY2(!hits.isEmpty(), qPrintable(subject));
    }

private:
    using SyncCoordinator = Sync::SyncCoordinator;

    static qint64 unindexed(Database &reader)
    {
        qint64 count = -1;
        return SearchIndex(reader).pendingCount(count) ? -1 : count;
    }

    QString cachePath() const { return m_profile.filePath(QStringLiteral("cache.sqlite")); }

    AccountSettings account(const QString &id, const QString &user) const
    {
        AccountSettings settings;
        settings.id = id;
        settings.displayName = id;
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
    AccountSettings m_bob, m_wrong;
};

QTEST_GUILESS_MAIN(TestSyncCoordinator)
#include "tst_sync_coordinator.moc"

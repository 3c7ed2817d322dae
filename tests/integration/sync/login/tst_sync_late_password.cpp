// AccountSync made without the password (issue 8: kestrel-cli reads the keychain while it connects): the
// connection is opened at once and waits at the login until providePassword(); passwordUnavailable() ends
// the run with its error and closes the connection, and a password that comes after that is ignored.
// Real Dovecot, plain IMAP through a relay that records what the client sent.
#include "RecordingRelay.h"
#include "SyncFixture.h"

using namespace Kestrel;
using namespace Kestrel::Test;

class TestSyncLatePassword : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(QString()), qPrintable(m_fixture.dovecot().errorString()));
        QVERIFY(m_fixture.fill(QStringLiteral("Late"), SyncFixture::messages("late", 12)));
    }

    void loginWaitsForThePasswordOnAnOpenConnection()
    {
        RecordingRelay relay(m_fixture.dovecot().ports().imap);
        Sync::AccountSync sync(accountThrough(relay), std::nullopt, m_fixture.database());
        const Outcome &outcome = watch(sync);
        Sync::AccountSync::Options options;
        options.folders = {QStringLiteral("Late")};
        sync.start(options);

        QTRY_COMPARE_WITH_TIMEOUT(relay.accepted(), 1, 10000); // connected without the password
        QTest::qWait(300); // the greeting is in by now; nothing may go out without the password
        QCOMPARE(outcome.finished, 0);
        QVERIFY2(!loggedIn(relay), relay.sent().constData());

        sync.providePassword(DovecotServer::password());
        QTRY_COMPARE_WITH_TIMEOUT(outcome.finished, 1, 20000);
        QVERIFY2(!outcome.error, qPrintable(outcome.error->toString()));
        QCOMPARE(outcome.added, 12);
        QVERIFY2(loggedIn(relay), relay.sent().constData());
        QCOMPARE(relay.accepted(), 1);
        const QString difference = m_fixture.diff(QStringLiteral("Late"));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void noPasswordEndsTheRunAndItsConnection()
    {
        RecordingRelay relay(m_fixture.dovecot().ports().imap);
        Sync::AccountSync sync(accountThrough(relay), std::nullopt, m_fixture.database());
        const Outcome &outcome = watch(sync);
        sync.start(Sync::AccountSync::Options());
        QTRY_COMPARE_WITH_TIMEOUT(relay.accepted(), 1, 10000);

        sync.passwordUnavailable(Error::make(Error::Code::Keychain, QStringLiteral("No password is stored for \"late\".")));
        QCOMPARE(outcome.finished, 1);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, Error::Code::Keychain);
        QCOMPARE(outcome.error->userMessage, QStringLiteral("No password is stored for \"late\"."));
        QTRY_COMPARE_WITH_TIMEOUT(relay.closed(), 1, 10000);

        sync.providePassword(DovecotServer::password()); // too late: the run is over
        QTest::qWait(200);
        QCOMPARE(outcome.finished, 1);
        QVERIFY2(!loggedIn(relay), relay.sent().constData());
        QCOMPARE(relay.accepted(), 1);
    }

private:
    struct Outcome {
        int finished = 0;
        std::optional<Error> error;
        int added = 0;
    };

    // Counts finished() and what the run stored; the Outcome lives as long as the test function's sync.
    Outcome &watch(Sync::AccountSync &sync)
    {
        m_outcome = Outcome();
        connect(&sync, &Sync::AccountSync::folderSynced, &sync, [this](qint64, int added, int, int) { m_outcome.added += added; });
        connect(&sync, &Sync::AccountSync::finished, &sync, [this](const std::optional<Error> &error) {
            ++m_outcome.finished;
            m_outcome.error = error;
        });
        return m_outcome;
    }

    // LOGIN, or AUTHENTICATE PLAIN where the server offers SASL-IR (Dovecot does).
    static bool loggedIn(const RecordingRelay &relay)
    {
        return relay.sent().contains(" LOGIN ") || relay.sent().contains(" AUTHENTICATE ");
    }

    AccountSettings accountThrough(const RecordingRelay &relay) const
    {
        AccountSettings account = m_fixture.account();
        account.imap = {QStringLiteral("127.0.0.1"), relay.port(), ConnectionSecurity::None};
        account.trustedCertificates.clear();
        return account;
    }

    SyncFixture m_fixture;
    Outcome m_outcome;
};

QTEST_GUILESS_MAIN(TestSyncLatePassword)
#include "tst_sync_late_password.moc"

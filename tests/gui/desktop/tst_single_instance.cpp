// `kestrel mailto:...` as a desktop runs it: two real processes of the built binary (offscreen) on one
// profile. The second hands its link to the first and exits 0 at once; the first opens a composer with
// the fields filled (seen through the KESTREL_TEST_COMPOSER_LOG hook, which reads the composer's
// widgets). A socket left by a killed instance does not stop the next one from starting.
#include "SingleInstance.h"
#include "FreePort.h"

#include "account/AccountRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel;

namespace {

AccountSettings account(const QString &id, const QString &name, quint16 deadPort)
{
    AccountSettings a;
    a.id = id;
    a.displayName = name;
    a.email = id + QStringLiteral("@example.org");
    a.userName = a.email;
    // Nobody listens there: the running instance's sync fails fast and stays on loopback.
    a.imap = {QStringLiteral("127.0.0.1"), deadPort, ConnectionSecurity::None};
    a.smtp = {QStringLiteral("127.0.0.1"), deadPort, ConnectionSecurity::None};
    a.identities = {{name, a.email, QString()}};
    return a;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        m_log = m_dir.filePath(QStringLiteral("composers.jsonl"));
        QVERIFY(QDir().mkpath(m_profile));
        const quint16 deadPort = Test::freeLoopbackPorts(1).constFirst();
        QVERIFY(!AccountRepository(m_profile + QStringLiteral("/accounts.json"))
                     .save({account(QStringLiteral("work"), QStringLiteral("Work"), deadPort),
                            account(QStringLiteral("home"), QStringLiteral("Home"), deadPort)}));
        // The children's QSettings live in m_dir; the default account for links is the second one.
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_environment.insert(QStringLiteral("KESTREL_TEST_COMPOSER_LOG"), m_log);
        // Written as kestrel reads it: same organization and application, same configuration folder
        // (QSettings takes XDG_CONFIG_HOME when first used, which is here).
        qputenv("XDG_CONFIG_HOME", m_environment.value(QStringLiteral("XDG_CONFIG_HOME")).toUtf8());
        QCoreApplication::setOrganizationDomain(QStringLiteral("kestrel-mail.org"));
        QCoreApplication::setApplicationName(QStringLiteral("kestrel"));
        QSettings settings;
        settings.setValue(QStringLiteral("compose/defaultAccount"), QStringLiteral("home"));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QVERIFY2(settings.fileName().startsWith(m_dir.path()), qPrintable(settings.fileName()));
    }

    void secondLaunchHandsTheLinkToTheFirst()
    {
        startFirst();
        QElapsedTimer timer;
        timer.start();
        const QProcess::ExitStatus status = runSecond(QStringLiteral(
            "mailto:ann@example.org,bob@example.org?cc=carol@example.org&subject=Tickets%20%E2%82%AC&body=Two%20please%0D%0Athanks"));
        QCOMPARE(status, QProcess::NormalExit);
        QCOMPARE(m_second.exitCode(), 0);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        qInfo("second launch handed over and exited in %lld ms", timer.elapsed());
        QCOMPARE(m_first.state(), QProcess::Running); // it opened no window of its own

        const QJsonObject composer = waitForComposer(1);
        QCOMPARE(composer.value(QStringLiteral("to")).toString(), QStringLiteral("ann@example.org, bob@example.org"));
        QCOMPARE(composer.value(QStringLiteral("cc")).toString(), QStringLiteral("carol@example.org"));
        QCOMPARE(composer.value(QStringLiteral("subject")).toString(), QStringLiteral("Tickets €"));
        QVERIFY(composer.value(QStringLiteral("body")).toString().startsWith(QStringLiteral("Two please\nthanks")));
        QVERIFY2(composer.value(QStringLiteral("from")).toString().contains(QStringLiteral("home@example.org")),
                 qPrintable(composer.value(QStringLiteral("from")).toString())); // the default account
    }

    void staleSocketAfterACrashDoesNotBlockStart()
    {
        QCOMPARE(m_first.state(), QProcess::Running);
        m_first.kill(); // no clean-up: the socket file stays behind
        QVERIFY(m_first.waitForFinished(10000));
        QLocalSocket probe;
        probe.connectToServer(App::SingleInstance::serverName(m_profile));
        QVERIFY(!probe.waitForConnected(1000));

        // The first launch after the crash becomes the running instance (and opens its own link).
        startFirst({QStringLiteral("mailto:dave@example.org?subject=After%20crash")});
        QCOMPARE(waitForComposer(2).value(QStringLiteral("subject")).toString(), QStringLiteral("After crash"));
        QCOMPARE(runSecond(QStringLiteral("mailto:erin@example.org")), QProcess::NormalExit);
        QCOMPARE(m_second.exitCode(), 0);
        QCOMPARE(waitForComposer(3).value(QStringLiteral("to")).toString(), QStringLiteral("erin@example.org"));
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&m_first, &m_second}) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }

private:
    QStringList baseArguments() const { return {QStringLiteral("--profile"), m_profile}; }

    void startFirst(const QStringList &extra = {})
    {
        m_first.setProcessEnvironment(m_environment);
        m_first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_first.start(QStringLiteral(KESTREL_BINARY), baseArguments() + extra);
        QVERIFY(m_first.waitForStarted(10000));
        // Listening means the single-instance socket answers; bounded at 30 s on a loaded machine.
        QLocalSocket probe;
        for (int attempt = 0; attempt < 300; ++attempt) {
            probe.connectToServer(App::SingleInstance::serverName(m_profile));
            if (probe.waitForConnected(100))
                break;
            QVERIFY2(m_first.state() == QProcess::Running, "the first instance exited");
            QTest::qWait(100);
        }
        QCOMPARE(probe.state(), QLocalSocket::ConnectedState);
        probe.disconnectFromServer();
    }

    QProcess::ExitStatus runSecond(const QString &link)
    {
        m_second.setProcessEnvironment(m_environment);
        m_second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_second.start(QStringLiteral(KESTREL_BINARY), baseArguments() << link);
        if (!m_second.waitForFinished(20000)) {
            m_second.kill();
            m_second.waitForFinished(5000);
            return QProcess::CrashExit;
        }
        return m_second.exitStatus();
    }

    // The `count`th composer opened from a link, once the first instance reported it (bounded wait).
    QJsonObject waitForComposer(int count)
    {
        QList<QByteArray> lines;
        for (int attempt = 0; attempt < 200 && lines.size() < count; ++attempt) {
            QTest::qWait(100);
            QFile log(m_log);
            if (log.open(QIODevice::ReadOnly))
                lines = log.readAll().split('\n');
            lines.removeAll(QByteArray());
        }
        if (lines.size() < count)
            return {};
        return QJsonDocument::fromJson(lines.at(count - 1)).object();
    }

    QTemporaryDir m_dir;
    QString m_profile;
    QString m_log;
    QProcessEnvironment m_environment;
    QProcess m_first;
    QProcess m_second;
};

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"

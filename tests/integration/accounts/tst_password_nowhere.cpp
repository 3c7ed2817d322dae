// After a full session with kestrel-cli (add the account, send a message, sync, read its body, quit),
// neither the profile folder, nor the home folder, nor anything the program printed (with Kestrel's debug
// categories on) holds the password, its base64 or its SASL PLAIN base64 (issue 7, "Secrets"). The keyring
// (gnome-keyring in the test's D-Bus session) is the one place it may be, and is not searched.
#include "CliAccountArguments.h"
#include "DovecotServer.h"
#include "SmtpSink.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Kestrel::Test;

namespace {

QList<QByteArray> forbiddenForms(const QByteArray &user, const QByteArray &password)
{
    const QByteArray nul(1, '\0');
    return {password, password.toBase64(), QByteArray(nul + user + nul + password).toBase64(),
            QByteArray(user + nul + user + nul + password).toBase64()};
}

} // namespace

class TestPasswordNowhere : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        const QString lmtp = QStringLiteral("127.0.0.1:%1").arg(m_dovecot.ports().lmtp);
        QVERIFY2(m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath(), lmtp), qPrintable(m_sink.errorString()));
    }

    void fullSessionLeavesNoTrace()
    {
        const QByteArray password = DovecotServer::password().toUtf8();
        QVERIFY(run(aliceAccountAddArguments(m_dovecot.ports().imaps, m_sink.starttlsPort(), m_dovecot.certificatePath()),
                    password + '\n'));
        const QString bodyPath = m_home.filePath(QStringLiteral("body.txt"));
        QFile bodyFile(bodyPath);
        QVERIFY(bodyFile.open(QIODevice::WriteOnly) && bodyFile.write("Nothing to hide here.\n") > 0);
        bodyFile.close();
        QVERIFY(run({QStringLiteral("send"), QStringLiteral("Alice"), QStringLiteral("--to"), QStringLiteral("alice@example.test"),
                     QStringLiteral("--subject"), QStringLiteral("Note to self"), QStringLiteral("--body-file"), bodyPath}));
        QVERIFY(run({QStringLiteral("sync"), QStringLiteral("Alice")}));
        QVERIFY(run({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("Alice"), QStringLiteral("INBOX")}));
        const QRegularExpressionMatch uid = QRegularExpression(QStringLiteral("\"uid\"\\s*:\\s*(\\d+)")).match(QString::fromUtf8(m_lastOut));
        QVERIFY2(uid.hasMatch(), m_lastOut.constData());
        QVERIFY(run({QStringLiteral("show"), QStringLiteral("Alice"), QStringLiteral("INBOX"), uid.captured(1)}));
        QVERIFY2(m_lastOut.contains("Nothing to hide here."), m_lastOut.constData()); // the body was read

        const QList<QByteArray> forms = forbiddenForms("alice", password);
        for (const QByteArray &form : forms) {
            const qsizetype at = m_printed.indexOf(form);
            QVERIFY2(at < 0, QByteArray("printed: ..." + m_printed.mid(qMax<qsizetype>(0, at - 80), 160) + "...").constData());
        }
        int files = 0;
        for (const QString &root : {m_profile.path(), m_home.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray content = file.readAll();
                for (const QByteArray &form : forms)
                    QVERIFY2(!content.contains(form), qPrintable(file.fileName() + QStringLiteral(": ") + QString::fromLatin1(form)));
            }
        }
        QVERIFY(QFile::exists(m_profile.filePath(QStringLiteral("accounts.json"))));
        QVERIFY(files >= 2); // accounts.json and the cache at least
    }

private:
    // Runs kestrel-cli on the test's profile with a home folder of its own and every logging category on.
    bool run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(variable), m_home.path());
        // Kestrel's own categories in full (Qt's would print library names such as "secret-1", a false alarm
        // for the test bed's password "secret"); warnings of every category are printed anyway.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kestrel.*.debug=true"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KESTREL_CLI), QStringList{QStringLiteral("--profile"), m_profile.path()} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            process.kill();
        m_lastOut = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        m_printed += m_lastOut + err;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            qWarning("kestrel-cli %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))), err.right(2000).constData());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    DovecotServer m_dovecot;
    SmtpSink m_sink;
    QTemporaryDir m_profile;
    QTemporaryDir m_home;
    QByteArray m_lastOut;
    QByteArray m_printed;
};

QTEST_GUILESS_MAIN(TestPasswordNowhere)
#include "tst_password_nowhere.moc"

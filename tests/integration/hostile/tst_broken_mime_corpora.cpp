// Broken real-world MIME (issue 9): every file of enmime's testdata (Debian golang-github-jhillyerd-enmime-dev)
// and CPython's test_email data (Debian libpython3.11-testsuite) — scripts/setup installs both — shown
// with 'kestrel-cli show-file' in a process of its own under a time limit. Each must end normally with
// its text, or with the clear "no text that could be decoded" line followed by the raw source; never a
// crash or a hang. The counts of both outcomes are printed.
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList CorpusDirs{QStringLiteral("/usr/share/gocode/src/github.com/jhillyerd/enmime/testdata"),
                             QStringLiteral("/usr/lib/python3.11/test/test_email/data")};
constexpr int PerFileTimeoutMs = 15000;
const QByteArray NoText = "[This message has no text that could be decoded.]";
const QByteArray SourceFollows = "[The source of the message follows.]";

} // namespace

class TestBrokenMimeCorpora : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const QString &dir : CorpusDirs)
            QVERIFY2(QFileInfo(dir).isDir(), qPrintable(dir + QStringLiteral(" is missing: run scripts/setup")));
        QVERIFY(m_profile.isValid());
    }

    void showFile_data()
    {
        QTest::addColumn<QString>("path");
        int files = 0;
        for (const QString &dir : CorpusDirs) {
            // CPython's folder also holds images and sounds for other tests: only its messages (msg_*).
            const QStringList names = dir.contains(QLatin1String("python")) ? QStringList{QStringLiteral("msg_*")} : QStringList();
            QDirIterator it(dir, names, QDir::Files, QDirIterator::Subdirectories);
            QStringList paths;
            while (it.hasNext())
                paths << it.next();
            paths.sort();
            for (const QString &path : std::as_const(paths)) {
                QTest::newRow(qPrintable(QFileInfo(dir).dir().dirName() + QLatin1Char('/') + QDir(dir).relativeFilePath(path))) << path;
                ++files;
            }
        }
        // enmime ships 79 named edge cases plus its other samples; CPython 46 messages plus media files.
        QVERIFY2(files >= 120, qPrintable(QString::number(files)));
    }

    void showFile()
    {
        QFETCH(QString, path);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en")); // the English source texts below
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KESTREL_CLI), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("show-file"), path});
        const bool finished = process.waitForFinished(PerFileTimeoutMs);
        if (!finished) {
            process.kill();
            process.waitForFinished(2000);
        }
        QVERIFY2(finished, "show-file did not finish in time");
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // a crash ends in CrashExit
        QVERIFY2(process.exitCode() == 0, err.constData());
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.startsWith("From: "), out.left(300).constData());
        QVERIFY(out.contains("\nSubject: "));
        if (out.contains(NoText)) {
            QVERIFY2(out.contains(SourceFollows), "no text and no source");
            QVERIFY(out.size() > QFileInfo(path).size() / 2); // the source really follows
            ++m_undecoded;
        } else {
            ++m_rendered;
        }
    }

    void cleanupTestCase()
    {
        qInfo("broken MIME corpora: %d shown with their text, %d as \"could not decode\" with the source", m_rendered,
              m_undecoded);
    }

private:
    QTemporaryDir m_profile;
    int m_rendered = 0;
    int m_undecoded = 0;
};

QTEST_GUILESS_MAIN(TestBrokenMimeCorpora)
#include "tst_broken_mime_corpora.moc"

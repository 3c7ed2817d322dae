// The bytes every KMime parse receives (mime/KMimeInput): adjacent boundary lines are separated so that
// KMime sees the empty part between them instead of copying the rest of the message into it.
#include "mime/KMimeInput.h"
#include "mime/MessageReader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kestrel::Mime;

class TestKMimeInput : public QObject
{
    Q_OBJECT
private slots:
    void adjacentBoundaryLinesGetAnEmptyLineBetween()
    {
        const QByteArray raw = "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                               "--b1\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b1--\r\n";
        QCOMPARE(kmimeInput(raw), QByteArray("Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
                                             "--b1\n\n--b1\nContent-Type: text/plain\n\nhello\n--b1--\n"));
    }

    void dashedTextLinesThatAreNoBoundaryStayAsTheyAre()
    {
        const QByteArray raw = "Content-Type: multipart/mixed; boundary=b1\n\n"
                               "--b1\nContent-Type: text/plain\n\n----------\n----------\n-- \n--Anna\n--b1--\n";
        QCOMPARE(separateAdjacentBoundaryLines(raw), raw);
        const QByteArray single = "Subject: no parts\n\n--b1\n--b1\n"; // no boundary parameter anywhere
        QCOMPARE(separateAdjacentBoundaryLines(single), single);
    }

    void boundariesGivenAsRfc2231PiecesAreFound_data()
    {
        QTest::addColumn<QByteArray>("parameter");
        QTest::newRow("continuation") << QByteArray("boundary*0=\"AB\"; boundary*1=\"CDE\"");
        QTest::newRow("percent-encoded") << QByteArray("boundary*=us-ascii''%41BCDE");
        QTest::newRow("folded, upper case") << QByteArray("BOUNDARY\n =\n ABCDE");
    }

    void boundariesGivenAsRfc2231PiecesAreFound()
    {
        QFETCH(QByteArray, parameter);
        const QByteArray raw = "Content-Type: multipart/mixed; " + parameter + "\n\n--ABCDE\n--ABCDE\nx\n--ABCDE--\n";
        QVERIFY(separateAdjacentBoundaryLines(raw).contains("--ABCDE\n\n--ABCDE\n"));
    }

    void emptyPartBetweenAdjacentBoundariesIsNotShown()
    {
        const QByteArray raw = "Subject: empty part\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=b1\r\n\r\n"
                               "--b1\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
                               "--b1\r\nContent-Type: application/pdf; name=a.pdf\r\n"
                               "Content-Disposition: attachment; filename=a.pdf\r\n\r\n%PDF\r\n--b1--\r\n";
        const MessageView view = MessageReader::read(raw);
        QCOMPARE(view.plainText.trimmed(), QStringLiteral("hello"));
        QCOMPARE(view.attachments.size(), 1);
        QCOMPARE(view.attachments.first().fileName, QStringLiteral("a.pdf"));
    }

    // The fuzzer's finding: before the repair each of these 3 KB messages became over 100,000 parts
    // (5.7-12 s in kestrel-cli show-file). Every part the reader lists is a real leaf of the message now.
    void nestedRepeatedBoundariesStayLinear_data()
    {
        QTest::addColumn<QString>("path");
        const QDir findings(QStringLiteral(KESTREL_FUZZ_FINDINGS));
        const QStringList names = findings.entryList({QStringLiteral("mime_reader-nested-multipart-same-boundary-slow*")}, QDir::Files);
        QVERIFY(names.size() >= 2);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << findings.filePath(name);
    }

    void nestedRepeatedBoundariesStayLinear()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        const MessageView view = MessageReader::read(raw);
        // A part needs at least its boundary line ("--ABCDE\n", 8 bytes): more parts than that cannot be real.
        QVERIFY2(view.attachments.size() <= raw.size() / 8, qPrintable(QString::number(view.attachments.size())));
    }
};

QTEST_GUILESS_MAIN(TestKMimeInput)
#include "tst_kmime_input.moc"

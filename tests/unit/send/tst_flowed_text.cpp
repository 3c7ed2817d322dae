// RFC 3676 format=flowed as the builder writes it.
#include "mime/compose/FlowedText.h"

#include <QTest>

using namespace Kestrel::Mime;

class TestFlowedText : public QObject
{
    Q_OBJECT
private slots:
    void shortLinesStayFixed()
    {
        const FlowedText out = FlowedTextEncoder::encode(QStringLiteral("Hi,\r\n\r\n From me \nbye"));
        QVERIFY(!out.flowed);
        QCOMPARE(out.text, QStringLiteral("Hi,\n\n From me \nbye"));
    }

    void longLineIsBrokenAfterSpacesIntoSoftBreaks()
    {
        const QString word = QStringLiteral("word ");
        const QString line = word.repeated(30).trimmed(); // 149 characters
        const FlowedText out = FlowedTextEncoder::encode(line + QStringLiteral("\nend"));
        QVERIFY(out.flowed);
        const QStringList lines = out.text.split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 4);
        for (qsizetype i = 0; i + 2 < lines.size(); ++i) {
            QVERIFY2(lines[i].size() <= FlowedTextEncoder::Width, qPrintable(lines[i]));
            QVERIFY(lines[i].endsWith(QLatin1Char(' '))); // soft break
        }
        QVERIFY(!lines[lines.size() - 2].endsWith(QLatin1Char(' '))); // end of the paragraph: hard
        QCOMPARE(lines.last(), QStringLiteral("end"));
        // Unflowing (RFC 3676 4.2) gives the paragraph back exactly.
        QString joined;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            joined += lines[i];
        QCOMPARE(joined, line);
    }

    void quotedLongLineKeepsItsMarkersOnEveryPiece()
    {
        const QString line = QStringLiteral(">> ") + QStringLiteral("quoted text ").repeated(10).trimmed();
        const FlowedText out = FlowedTextEncoder::encode(line);
        QVERIFY(out.flowed);
        const QStringList lines = out.text.split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 2);
        for (const QString &piece : lines)
            QVERIFY2(piece.startsWith(QStringLiteral(">> ")), qPrintable(piece));
    }

    void flowedBodyStuffsFromAndDropsTrailingSpaces()
    {
        const QString body = QStringLiteral("x").repeated(90) + QStringLiteral("\nFrom here\n-- \nsig   ");
        const FlowedText out = FlowedTextEncoder::encode(body);
        QVERIFY(out.flowed);
        QCOMPARE(out.text, QStringLiteral("x").repeated(90) + QStringLiteral("\n From here\n-- \nsig"));
    }
};

QTEST_GUILESS_MAIN(TestFlowedText)
#include "tst_flowed_text.moc"

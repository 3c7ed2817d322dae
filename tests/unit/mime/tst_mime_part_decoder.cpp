// PartDecoder, CharsetText and ParameterText: one part fetched on its own becomes the cache's content
// (original bytes for attachments, UTF-8 text for the reader), and parameter values their real names.
#include "mime/CharsetText.h"
#include "mime/ParameterText.h"
#include "mime/PartDecoder.h"

#include <QtTest>

using namespace Kestrel::Mime;

class TestMimePartDecoder : public QObject
{
    Q_OBJECT

private slots:
    void transferEncodings()
    {
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        QCOMPARE(PartDecoder::transferDecoded(binary.toBase64() + "\r\n", "BASE64"), binary);
        // Line-wrapped as mailers send it.
        QByteArray wrapped;
        const QByteArray encoded = binary.toBase64();
        for (qsizetype at = 0; at < encoded.size(); at += 76)
            wrapped += encoded.mid(at, 76) + "\r\n";
        QCOMPARE(PartDecoder::transferDecoded(wrapped, "base64"), binary);
        QCOMPARE(PartDecoder::transferDecoded("caf=C3=A9 =\r\nau lait=3D\r\n", "Quoted-Printable"),
                 QByteArray("caf\xC3\xA9 au lait=\r\n"));
        QCOMPARE(PartDecoder::transferDecoded("trailing blanks  \r\n=3d=\n= no escape=Z", "quoted-printable"),
                 QByteArray("trailing blanks\r\n== no escape=Z"));
        QCOMPARE(PartDecoder::transferDecoded("=0D=0A binary=00=FF", "quoted-printable"), QByteArray("\r\n binary\0\xFF", 11));
        QCOMPARE(PartDecoder::transferDecoded("as it is=3D", "7bit"), QByteArray("as it is=3D"));
        QCOMPARE(PartDecoder::transferDecoded("as it is", "x-unknown"), QByteArray("as it is"));
    }

    void textBecomesUtf8WithLfLineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("text");
        QTest::newRow("windows-1251") << QByteArray("\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0\r\n") << QByteArray("windows-1251")
                                      << QStringLiteral("Привет, мир\n");
        QTest::newRow("KOI8-R") << QByteArray("\xF0\xD2\xC9\xD7\xC5\xD4\r\n\xE5\xDD\xC5") << QByteArray("KOI8-R")
                                << QStringLiteral("Привет\nЕще");
        QTest::newRow("cp1251 alias") << QByteArray("\xEC\xE8\xF0") << QByteArray("cp1251") << QStringLiteral("мир");
        QTest::newRow("iso-8859-1 read as windows-1252") << QByteArray("\x93quoted\x94 caf\xE9") << QByteArray("iso-8859-1")
                                                         << QStringLiteral("“quoted” café");
        QTest::newRow("utf-8") << QByteArray("Zürich") << QByteArray("UTF-8") << QStringLiteral("Zürich");
        QTest::newRow("unlabelled utf-8") << QByteArray("Zürich") << QByteArray() << QStringLiteral("Zürich");
        QTest::newRow("us-ascii that is not") << QByteArray("caf\xE9") << QByteArray("us-ascii") << QStringLiteral("café");
        QTest::newRow("utf-8 that is not") << QByteArray("caf\xE9") << QByteArray("utf-8") << QStringLiteral("café");
        QTest::newRow("unknown charset") << QByteArray("plain") << QByteArray("x-no-such-charset") << QStringLiteral("plain");
        QTest::newRow("latvian iso-8859-13") << QByteArray("\xE2\xFE\xEE\xE6") << QByteArray("iso-8859-13") << QStringLiteral("āžīę");
    }

    void textBecomesUtf8WithLfLineEnds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, charset);
        QFETCH(QString, text);
        QCOMPARE(QString::fromUtf8(PartDecoder::textToUtf8(bytes, charset)), text);
    }

    void decodeCharsetKeepsLineEnds()
    {
        QCOMPARE(decodeCharset("a\r\nb", "utf-8"), QStringLiteral("a\r\nb"));
    }

    void parameters_data()
    {
        QTest::addColumn<QList<RawParameter>>("parameters");
        QTest::addColumn<QString>("name");
        const auto p = [](const char *n, const char *v) { return RawParameter{QByteArray(n), QByteArray(v)}; };
        QTest::newRow("plain") << QList<RawParameter>{p("filename", "report.pdf")} << QStringLiteral("report.pdf");
        QTest::newRow("case-insensitive name") << QList<RawParameter>{p("FILENAME", "a.txt")} << QStringLiteral("a.txt");
        QTest::newRow("RFC 2231") << QList<RawParameter>{p("filename*", "UTF-8'ru'%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf")}
                                  << QStringLiteral("отчёт.pdf");
        QTest::newRow("RFC 2231 continuations, mixed encoded and not")
            << QList<RawParameter>{p("filename*1*", "%E2%E5%F2"), p("filename*0*", "windows-1251''%CF%F0%E8"),
                                   p("filename*2", ".100%")}
            << QStringLiteral("Привет.100%");
        QTest::newRow("RFC 2231 wins over the plain fallback")
            << QList<RawParameter>{p("filename", "fallback.pdf"), p("filename*", "utf-8''%C3%A4.pdf")} << QStringLiteral("ä.pdf");
        QTest::newRow("RFC 2231 without charset") << QList<RawParameter>{p("filename*", "''a%20b")} << QStringLiteral("a b");
        QTest::newRow("RFC 2047 in a parameter")
            << QList<RawParameter>{p("filename", "=?koi8-r?B?8NLJ18XU?=.txt")} << QStringLiteral("Привет.txt");
        QTest::newRow("raw UTF-8") << QList<RawParameter>{p("filename", "Zürich.txt")} << QStringLiteral("Zürich.txt");
        QTest::newRow("other parameters only") << QList<RawParameter>{p("size", "12"), p("filenames", "x")} << QString();
    }

    void parameters()
    {
        QFETCH(QList<RawParameter>, parameters);
        QFETCH(QString, name);
        const QString decoded = decodeParameter(parameters, "filename");
        QCOMPARE(decoded, name);
        QCOMPARE(decoded.isNull(), name.isNull());
    }
};

QTEST_GUILESS_MAIN(TestMimePartDecoder)
#include "tst_mime_part_decoder.moc"

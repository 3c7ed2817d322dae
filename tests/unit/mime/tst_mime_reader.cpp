// KMime (built for Qt 6 by scripts/build-kmime, or the system's KPim6Mime) through core/mime.
#include "mime/HeaderText.h"
#include "mime/MessageReader.h"

#include <QTest>

using namespace Kestrel::Mime;

class TestMimeReader : public QObject
{
    Q_OBJECT
private slots:
    void decodesKoi8rEncodedWordSubject()
    {
        // "Привет, мир" in KOI8-R, base64 encoded-word, as Russian mailers of the 2000s still send it.
        const QByteArray raw = "From: =?KOI8-R?Q?=F7=C1=D3=D1?= <vasya@example.ru>\r\n"
                               "To: alice@example.test\r\n"
                               "Subject: =?KOI8-R?B?8NLJ18XULCDNydI=?=\r\n"
                               "Date: Tue, 03 Mar 2009 10:15:00 +0300\r\n"
                               "Message-ID: <koi8@example.ru>\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: text/plain; charset=koi8-r\r\n"
                               "Content-Transfer-Encoding: 8bit\r\n\r\n"
                               "\xf0\xd2\xc9\xd7\xc5\xd4!\r\n";
        const MessageView view = MessageReader::read(raw);
        QCOMPARE(view.subject, QStringLiteral("Привет, мир"));
        QCOMPARE(view.from, QStringLiteral("Вася <vasya@example.ru>"));
        QCOMPARE(view.to, QStringList{QStringLiteral("alice@example.test")});
        QCOMPARE(view.messageId, QByteArray("<koi8@example.ru>"));
        QCOMPARE(view.date.toUTC(), QDateTime(QDate(2009, 3, 3), QTime(7, 15), Qt::UTC));
        QCOMPARE(view.plainText.trimmed(), QStringLiteral("Привет!"));
    }

    void findsPlainTextInsideMultipartAlternative()
    {
        const QByteArray raw = "Subject: alt\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
                               "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>html</p>\r\n"
                               "--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\nU3ZlaWtpLCBwYXNhdWxlISDEtsSTxLdpcw==\r\n"
                               "--b--\r\n";
        QCOMPARE(MessageReader::read(raw).plainText, QStringLiteral("Sveiki, pasaule! Ķēķis"));
    }

    void decodesHeaderTextFromTheWire_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("fallback");
        QTest::addColumn<QString>("expected");
        QTest::newRow("koi8-r b") << QByteArray("=?koi8-r?b?8NLJ18XU?=") << QByteArray() << QStringLiteral("Привет");
        QTest::newRow("windows-1251 q") << QByteArray("=?windows-1251?Q?=CF=F0=E8=E2=E5=F2?=") << QByteArray() << QStringLiteral("Привет");
        QTest::newRow("adjacent words join") << QByteArray("=?utf-8?q?a?= =?utf-8?q?b?=") << QByteArray() << QStringLiteral("ab");
        QTest::newRow("raw utf-8") << QByteArray("Ķēķis") << QByteArray("ISO-8859-1") << QStringLiteral("Ķēķis");
        QTest::newRow("raw 8-bit cp1251") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2") << QByteArray("windows-1251") << QStringLiteral("Привет");
        QTest::newRow("plain ascii") << QByteArray("Hello") << QByteArray() << QStringLiteral("Hello");
        // Printable ASCII with no "=?" is its own text (decodeHeaderText skips KCodecs for it); these rows
        // passed through KCodecs too before that shortcut existed, so both ways give the same.
        for (const char *plain : {"  leading and trailing  ", "tab\tinside", "multiple   spaces", "a = b ? c",
                                  "=", "?=", "= ?", "Re: [list] 100% done _under_", ""})
            QTest::newRow(plain) << QByteArray(plain) << QByteArray() << QString::fromLatin1(plain);
        QTest::newRow("looks encoded, is not") << QByteArray("=?x") << QByteArray() << QStringLiteral("=?x");
    }

    void decodesHeaderTextFromTheWire()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, fallback);
        QFETCH(QString, expected);
        QCOMPARE(fallback.isEmpty() ? decodeHeaderText(raw) : decodeHeaderText(raw, fallback), expected);
    }
};

QTEST_GUILESS_MAIN(TestMimeReader)
#include "tst_mime_reader.moc"

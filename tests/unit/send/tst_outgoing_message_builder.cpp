// OutgoingMessageBuilder: the bytes KMime builds parse back (through MessageReader and KMime) to what
// the user wrote, with the envelope and headers RFC 5321 / 5322 / 2045-2049 ask for.
#include "mime/MessageReader.h"
#include "mime/compose/OutgoingMessageBuilder.h"

#include <KMime/Message>

#include <QRegularExpression>
#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Mime;

namespace {

OutgoingMessage sample()
{
    OutgoingMessage message;
    message.accountId = QStringLiteral("acc");
    message.from = {QStringLiteral("Алиса Ёлкина"), QStringLiteral("alice@example.test")};
    message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
    message.cc = {{QStringLiteral("Jānis Bērziņš"), QStringLiteral("janis@example.lv")}};
    message.bcc = {{QStringLiteral("Secret"), QStringLiteral("hidden@example.test")}};
    message.subject = QStringLiteral("Отчёт за март — Ziņojums");
    message.body = QStringLiteral("Привет!\nSee the two files.\n\n-- \nAlice\n");
    return message;
}

QByteArray binaryBytes()
{
    QByteArray data;
    for (int i = 0; i < 3000; ++i)
        data.append(char(i % 256));
    return data;
}

bool hasBareLineFeed(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            return true;
    }
    return false;
}

QByteArray headerBlock(const QByteArray &bytes)
{
    return bytes.left(bytes.indexOf("\r\n\r\n"));
}

} // namespace

class TestOutgoingMessageBuilder : public QObject
{
    Q_OBJECT
private slots:
    void twoAttachmentsWithNonAsciiNamesParseBack()
    {
        OutgoingMessage message = sample();
        message.attachments = {{QStringLiteral("отчёт март.pdf"), QStringLiteral("application/pdf"), binaryBytes()},
                               {QStringLiteral("piezīmes.txt"), QStringLiteral("text/plain"), QByteArray("line 1\nline 2\r\n")}};
        const BuiltMessage built = OutgoingMessageBuilder::build(message);
        QVERIFY(!hasBareLineFeed(built.bytes));

        const MessageView view = MessageReader::read(built.bytes);
        QCOMPARE(view.subject, message.subject);
        QCOMPARE(view.from, QStringLiteral("Алиса Ёлкина <alice@example.test>"));
        QCOMPARE(view.to, QStringList{QStringLiteral("Bob <bob@example.test>")});
        QCOMPARE(view.cc, QStringList{QStringLiteral("Jānis Bērziņš <janis@example.lv>")});
        QCOMPARE(view.messageId, built.messageId);
        // The line end before a boundary belongs to the boundary (RFC 2046 section 5.1.1).
        QCOMPARE(view.plainText + QLatin1Char('\n'), message.body);
        QCOMPARE(view.attachments.size(), 2);
        QCOMPARE(view.attachments[0].fileName, QStringLiteral("отчёт март.pdf"));
        QCOMPARE(view.attachments[0].mimeType, QByteArray("application/pdf"));
        QCOMPARE(view.attachments[1].fileName, QStringLiteral("piezīmes.txt"));

        // The exact bytes of each attachment come back (text ones too: base64 keeps their line ends).
        KMime::Message parsed;
        parsed.setContent(KMime::CRLFtoLF(built.bytes));
        parsed.parse();
        QCOMPARE(parsed.contentType()->mimeType(), QByteArray("multipart/mixed"));
        const auto parts = parsed.contents();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[1]->decodedContent(), binaryBytes());
        QCOMPARE(parts[2]->decodedContent(), QByteArray("line 1\nline 2\r\n"));
        // RFC 2231 for the non-ASCII file name, RFC 2047 for the headers: the raw header block is ASCII.
        QVERIFY2(built.bytes.toLower().contains("filename*=utf-8''%d0%be%d1%82"), built.bytes.constData());
        for (const char c : headerBlock(built.bytes))
            QVERIFY(static_cast<unsigned char>(c) < 128);
    }

    void bccIsInTheEnvelopeOnly()
    {
        const OutgoingMessage message = sample();
        const BuiltMessage built = OutgoingMessageBuilder::build(message);
        QVERIFY(!built.bytes.contains("hidden@example.test"));
        QVERIFY(!headerBlock(built.bytes).contains("Bcc:"));
        QCOMPARE(built.envelope.from, QStringLiteral("alice@example.test"));
        QCOMPARE(built.envelope.recipients, (QStringList{QStringLiteral("bob@example.test"), QStringLiteral("janis@example.lv"),
                                                         QStringLiteral("hidden@example.test")}));
        OutgoingMessageBuilder::Options draft;
        draft.keepBcc = true;
        QVERIFY(OutgoingMessageBuilder::build(message, draft).bytes.contains("hidden@example.test"));
    }

    void envelopeNamesEachRecipientOnce()
    {
        OutgoingMessage message = sample();
        message.cc.append({QString(), QStringLiteral("BOB@example.test")});
        message.bcc.append({QString(), QStringLiteral("bob@example.test")});
        QCOMPARE(OutgoingMessageBuilder::envelope(message).recipients.count(), 3);
    }

    void withoutAttachmentsItIsOneTextPart()
    {
        OutgoingMessage message = sample();
        message.body = QStringLiteral("Plain ASCII only.\n");
        const BuiltMessage built = OutgoingMessageBuilder::build(message);
        const QByteArray headers = headerBlock(built.bytes);
        QVERIFY(!built.bytes.contains("multipart"));
        QVERIFY2(headers.contains("Content-Type: text/plain; charset=\"utf-8\""), headers.constData());
        QVERIFY2(headers.toLower().contains("content-transfer-encoding: 7bit"), headers.constData());
        QVERIFY(built.bytes.endsWith("\r\n\r\nPlain ASCII only.\r\n"));
    }

    void nonAsciiBodyIsQuotedPrintable()
    {
        const BuiltMessage built = OutgoingMessageBuilder::build(sample());
        QVERIFY(headerBlock(built.bytes).contains("Content-Transfer-Encoding: quoted-printable"));
        for (const char c : built.bytes) // so no server needs 8BITMIME
            QVERIFY(static_cast<unsigned char>(c) < 128);
    }

    void longLinesGoOutFlowed()
    {
        OutgoingMessage message = sample();
        message.body = QStringLiteral("lorem ipsum ").repeated(20);
        const BuiltMessage built = OutgoingMessageBuilder::build(message);
        QVERIFY(headerBlock(built.bytes).contains("format=\"flowed\"") || headerBlock(built.bytes).contains("format=flowed"));
    }

    void messageIdDateAndThreadingHeaders()
    {
        OutgoingMessage message = sample();
        message.inReplyTo = QStringLiteral("<orig@example.test>");
        message.references = {QStringLiteral("<root@example.test>"), QStringLiteral("<orig@example.test>")};
        OutgoingMessageBuilder::Options options;
        options.date = QDateTime(QDate(2026, 3, 1), QTime(12, 30), Qt::UTC);
        const BuiltMessage built = OutgoingMessageBuilder::build(message, options);
        QVERIFY(QRegularExpression(QStringLiteral("^<[0-9a-f]{32}@example\\.test>$")).match(QString::fromLatin1(built.messageId)).hasMatch());
        const QByteArray headers = headerBlock(built.bytes);
        QVERIFY(headers.contains(QByteArray("Message-ID: " + built.messageId)));
        QVERIFY(headers.contains("In-Reply-To: <orig@example.test>"));
        QVERIFY(headers.contains("References: <root@example.test> <orig@example.test>"));
        QCOMPARE(MessageReader::read(built.bytes).date.toUTC(), options.date);
        // A given id is kept (a retried send or a draft saved again is the same message).
        options.messageId = "<fixed@example.test>";
        QCOMPARE(OutgoingMessageBuilder::build(message, options).messageId, QByteArray("<fixed@example.test>"));
        QVERIFY(OutgoingMessageBuilder::newMessageId(QStringLiteral("nodomain")).endsWith("@localhost>"));
        QVERIFY(OutgoingMessageBuilder::newMessageId(QStringLiteral("a@b.c")) != OutgoingMessageBuilder::newMessageId(QStringLiteral("a@b.c")));
    }
};

QTEST_GUILESS_MAIN(TestOutgoingMessageBuilder)
#include "tst_outgoing_message_builder.moc"

// OutgoingMessageBuilder (as a draft, Bcc kept) then DraftMessageReader gives the message back: a
// forwarded message/rfc822 attachment with its CRLF bytes, an empty-named attachment, a body without
// attachments, threading headers; and a message built for sending has no Bcc to read back.
#include "mime/compose/DraftMessageReader.h"
#include "mime/compose/OutgoingMessageBuilder.h"

#include <QTest>

using namespace Kestrel;
using namespace Kestrel::Mime;

class TestDraftMessageReader : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsADraft()
    {
        OutgoingMessage message;
        message.from = {QStringLiteral("Алиса"), QStringLiteral("alice@example.test")};
        message.to = {{QString(), QStringLiteral("bob@example.test")}, {QStringLiteral("Doe, Jane"), QStringLiteral("jane@example.test")}};
        message.cc = {{QString(), QStringLiteral("dave@example.test")}};
        message.bcc = {{QString(), QStringLiteral("carol@example.test")}};
        message.subject = QStringLiteral("Fwd: план");
        message.body = QStringLiteral("See below.\n");
        message.inReplyTo = QStringLiteral("<a@example.test>");
        message.references = {QStringLiteral("<root@example.test>"), QStringLiteral("<a@example.test>")};
        const QByteArray forwarded = "From: x@example.test\r\nSubject: original\r\n\r\nbody line\r\n";
        message.attachments = {{QStringLiteral("original.eml"), QStringLiteral("message/rfc822"), forwarded},
                               {QString(), QStringLiteral("application/octet-stream"), QByteArray("\0\1\2", 3)}};
        OutgoingMessageBuilder::Options options;
        options.keepBcc = true;
        const OutgoingMessage read = DraftMessageReader::read(OutgoingMessageBuilder::build(message, options).bytes);
        QCOMPARE(read.from, message.from);
        QCOMPARE(read.to, message.to);
        QCOMPARE(read.cc, message.cc);
        QCOMPARE(read.bcc, message.bcc);
        QCOMPARE(read.subject, message.subject);
        QCOMPARE(read.body, message.body);
        QCOMPARE(read.inReplyTo, message.inReplyTo);
        QCOMPARE(read.references, message.references);
        QCOMPARE(read.attachments.size(), 2);
        QCOMPARE(read.attachments[0].mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(read.attachments[0].fileName, QStringLiteral("original.eml"));
        QCOMPARE(read.attachments[0].data, forwarded);
        QCOMPARE(read.attachments[1].data, QByteArray("\0\1\2", 3));
    }

    void sentMessageHasNoBcc()
    {
        OutgoingMessage message;
        message.from = {QString(), QStringLiteral("alice@example.test")};
        message.to = {{QString(), QStringLiteral("bob@example.test")}};
        message.bcc = {{QString(), QStringLiteral("carol@example.test")}};
        message.body = QStringLiteral("plain\n");
        const OutgoingMessage read = DraftMessageReader::read(OutgoingMessageBuilder::build(message).bytes);
        QVERIFY(read.bcc.isEmpty());
        QCOMPARE(read.body, message.body);
        QVERIFY(read.attachments.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftMessageReader)
#include "tst_draft_message_reader.moc"

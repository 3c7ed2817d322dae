#include "mime/compose/OutgoingMessageBuilder.h"

#include "mime/compose/FlowedText.h"

#include <KMime/Message>

#include <QRandomGenerator>
#include <QSet>

namespace Kestrel::Mime {
namespace {

const QByteArray Utf8 = QByteArrayLiteral("utf-8");

KMime::Types::Mailbox mailbox(const Address &address)
{
    KMime::Types::Mailbox result;
    result.setAddress(address.email.toUtf8());
    if (!address.name.isEmpty())
        result.setName(address.name);
    return result;
}

template<typename Header>
void addMailboxes(Header *header, const AddressList &addresses)
{
    header->setRFC2047Charset(Utf8);
    for (const Address &address : addresses)
        header->addAddress(mailbox(address));
}

// 7bit is only for ASCII in lines of at most 998 octets (RFC 5322 section 2.1.1, RFC 2045 section 2.7).
bool fitsSevenBit(const QByteArray &text)
{
    qsizetype lineLength = 0;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) > 127)
            return false;
        lineLength = c == '\n' ? 0 : lineLength + 1;
        if (lineLength > 998)
            return false;
    }
    return true;
}

// The text part's headers and body on `content` (the message itself, or its first part).
void setTextBody(KMime::Content *content, const QString &body)
{
    const FlowedText flowed = FlowedTextEncoder::encode(body);
    QByteArray bytes = flowed.text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    content->contentType()->setMimeType("text/plain");
    content->contentType()->setCharset(Utf8);
    if (flowed.flowed)
        content->contentType()->setParameter(QStringLiteral("format"), QStringLiteral("flowed"));
    // Quoted-printable rather than 8bit: readable in the raw message, and no server needs 8BITMIME.
    content->contentTransferEncoding()->setEncoding(fitsSevenBit(bytes) ? KMime::Headers::CE7Bit
                                                                          : KMime::Headers::CEquPr);
    content->contentTransferEncoding()->setDecoded(true);
    content->setBody(bytes);
}

KMime::Content *attachmentPart(const OutgoingAttachment &attachment)
{
    auto *part = new KMime::Content;
    const QByteArray mimeType = attachment.mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                              : attachment.mimeType.toLatin1();
    part->contentType()->setMimeType(mimeType);
    part->contentDisposition()->setDisposition(KMime::Headers::CDattachment);
    if (!attachment.fileName.isEmpty()) {
        // KMime writes non-ASCII names RFC 2231-encoded (name*=utf-8''...) in the charset given here.
        part->contentType()->setName(attachment.fileName, Utf8);
        part->contentDisposition()->setRFC2047Charset(Utf8);
        part->contentDisposition()->setFilename(attachment.fileName);
    }
    if (part->contentType()->mimeType() == "message/rfc822") {
        // RFC 2046 section 5.2.1: no base64 or quoted-printable for a message/rfc822 part.
        const QByteArray message = KMime::CRLFtoLF(attachment.data);
        part->contentTransferEncoding()->setEncoding(fitsSevenBit(message) ? KMime::Headers::CE7Bit
                                                                             : KMime::Headers::CE8Bit);
        part->setBody(message);
    } else {
        part->contentTransferEncoding()->setEncoding(KMime::Headers::CEbase64);
        part->setBody(attachment.data);
    }
    part->contentTransferEncoding()->setDecoded(true);
    return part;
}

void setHeaders(KMime::Message &mime, const OutgoingMessage &message, const OutgoingMessageBuilder::Options &options,
                const QByteArray &messageId)
{
    addMailboxes(mime.from(), {message.from});
    addMailboxes(mime.to(), message.to);
    if (!message.cc.isEmpty())
        addMailboxes(mime.cc(), message.cc);
    if (options.keepBcc && !message.bcc.isEmpty())
        addMailboxes(mime.bcc(), message.bcc);
    mime.subject()->fromUnicodeString(message.subject, Utf8);
    mime.date()->setDateTime(options.date.isValid() ? options.date : QDateTime::currentDateTime());
    mime.messageID()->from7BitString(messageId);
    if (!message.inReplyTo.isEmpty())
        mime.inReplyTo()->from7BitString(message.inReplyTo.toLatin1());
    if (!message.references.isEmpty())
        mime.references()->from7BitString(message.references.join(QLatin1Char(' ')).toLatin1());
}

} // namespace

BuiltMessage OutgoingMessageBuilder::build(const OutgoingMessage &message, const Options &options)
{
    BuiltMessage built;
    built.messageId = options.messageId.isEmpty() ? newMessageId(message.from.email) : options.messageId;
    built.envelope = envelope(message);

    KMime::Message mime;
    setHeaders(mime, message, options, built.messageId);
    if (message.attachments.isEmpty()) {
        setTextBody(&mime, message.body);
    } else {
        mime.contentType()->setMimeType("multipart/mixed");
        mime.contentType()->setBoundary(KMime::multiPartBoundary());
        auto *text = new KMime::Content;
        setTextBody(text, message.body);
        mime.addContent(text);
        for (const OutgoingAttachment &attachment : message.attachments)
            mime.addContent(attachmentPart(attachment));
    }
    mime.assemble();
    built.bytes = mime.encodedContent(true);
    return built;
}

Smtp::SmtpEnvelope OutgoingMessageBuilder::envelope(const OutgoingMessage &message)
{
    Smtp::SmtpEnvelope envelope;
    envelope.from = message.from.email;
    QSet<QString> seen;
    for (const AddressList *list : {&message.to, &message.cc, &message.bcc}) {
        for (const Address &address : *list) {
            const QString email = address.email.trimmed();
            if (!email.isEmpty() && !seen.contains(email.toLower())) {
                seen.insert(email.toLower());
                envelope.recipients.append(email);
            }
        }
    }
    return envelope;
}

QByteArray OutgoingMessageBuilder::newMessageId(const QString &senderEmail)
{
    const qsizetype at = senderEmail.lastIndexOf(QLatin1Char('@'));
    QByteArray domain = at >= 0 ? senderEmail.mid(at + 1).trimmed().toUtf8() : QByteArray();
    if (domain.isEmpty())
        domain = QByteArrayLiteral("localhost");
    // 128 random bits: unique without revealing the host name or the time of writing.
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
    return '<' + random.toHex() + '@' + domain + '>';
}

} // namespace Kestrel::Mime

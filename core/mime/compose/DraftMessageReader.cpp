#include "mime/compose/DraftMessageReader.h"

#include "mime/KMimeInput.h"

#include <KMime/Message>

namespace Kestrel::Mime {
namespace {

AddressList addressesOf(const KMime::Types::Mailbox::List &mailboxes)
{
    AddressList addresses;
    for (const KMime::Types::Mailbox &mailbox : mailboxes)
        addresses.append({mailbox.name(), QString::fromUtf8(mailbox.address())});
    return addresses;
}

bool hasAttachmentDisposition(KMime::Content *content)
{
    const auto *disposition = content->contentDisposition(false);
    return disposition && disposition->disposition() == KMime::Headers::CDattachment;
}

// RFC 3676 (DelSp=no), as FlowedTextEncoder wrote it: a line ending in a space goes on in the next
// line (the signature separator "-- " excepted), and one leading space was added for stuffing.
QString unflow(const QString &text)
{
    QString result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.startsWith(QLatin1Char(' ')))
            line.remove(0, 1);
        result += line;
        const bool soft = line.endsWith(QLatin1Char(' ')) && line != QLatin1String("-- ");
        if (!soft && i + 1 < lines.size())
            result += QLatin1Char('\n');
    }
    return result;
}

// The first text/plain leaf that is not an attachment is the body (what the builder wrote first);
// every other leaf is an attachment, kept byte for byte.
void collect(KMime::Content *content, OutgoingMessage &message, bool &haveBody)
{
    if (content->contentType()->isMultipart()) {
        const auto children = content->contents();
        for (KMime::Content *child : children)
            collect(child, message, haveBody);
        return;
    }
    if (!haveBody && !hasAttachmentDisposition(content) && content->contentType()->isPlainText()) {
        haveBody = true;
        QString body = content->decodedText().replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (content->contentType()->parameter(QStringLiteral("format")).compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0)
            body = unflow(body);
        // The builder ends every body with a line break, which KMime's parser does not hand back.
        if (!body.isEmpty() && !body.endsWith(QLatin1Char('\n')))
            body += QLatin1Char('\n');
        message.body = body;
        return;
    }
    OutgoingAttachment attachment;
    const auto *disposition = content->contentDisposition(false);
    attachment.fileName = disposition ? disposition->filename() : QString();
    if (attachment.fileName.isEmpty())
        attachment.fileName = content->contentType()->name();
    attachment.mimeType = QString::fromLatin1(content->contentType()->mimeType());
    attachment.data = content->decodedContent();
    if (attachment.data.isEmpty() && content->bodyIsMessage() && content->bodyAsMessage())
        attachment.data = content->bodyAsMessage()->encodedContent(false); // KMime parsed it into a message
    // A forwarded message goes back to the CRLF line ends it had on the server (the builder stored LF).
    if (attachment.mimeType == QLatin1String("message/rfc822"))
        attachment.data = KMime::LFtoCRLF(KMime::CRLFtoLF(attachment.data));
    message.attachments.append(attachment);
}

} // namespace

OutgoingMessage DraftMessageReader::read(const QByteArray &rawMessage)
{
    KMime::Message mime;
    mime.setContent(kmimeInput(rawMessage));
    mime.parse();

    OutgoingMessage message;
    const AddressList from = addressesOf(mime.from()->mailboxes());
    if (!from.isEmpty())
        message.from = from.first();
    message.to = addressesOf(mime.to()->mailboxes());
    message.cc = addressesOf(mime.cc()->mailboxes());
    if (const auto *bcc = mime.bcc(false))
        message.bcc = addressesOf(bcc->mailboxes());
    message.subject = mime.subject()->asUnicodeString();
    if (const auto *inReplyTo = mime.inReplyTo(false))
        message.inReplyTo = QString::fromLatin1(inReplyTo->as7BitString(false));
    if (const auto *references = mime.references(false)) {
        const QString text = QString::fromLatin1(references->as7BitString(false));
        message.references = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    bool haveBody = false;
    collect(&mime, message, haveBody);
    return message;
}

} // namespace Kestrel::Mime

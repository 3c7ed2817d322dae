#include "mime/MessageReader.h"

#include "mime/KMimeInput.h"

#include <KMime/Message>

namespace Kestrel::Mime {
namespace {

bool hasAttachmentDisposition(KMime::Content *content)
{
    const auto *disposition = content->contentDisposition(false);
    return disposition && disposition->disposition() == KMime::Headers::CDattachment;
}

// Walks the leaf parts in order: the first text/plain and text/html that are not attachments become
// the body; everything else is listed as an attachment.
void collectParts(KMime::Content *content, MessageView &view, KMime::Content *&plain, KMime::Content *&html)
{
    if (content->contentType()->isMultipart()) {
        const auto children = content->contents();
        for (KMime::Content *child : children)
            collectParts(child, view, plain, html);
        return;
    }
    // The empty part between two adjacent boundary lines has neither headers nor body: nothing to show.
    if (content->head().trimmed().isEmpty() && content->body().isEmpty())
        return;
    const bool attachment = hasAttachmentDisposition(content);
    if (!attachment && !plain && content->contentType()->isPlainText()) {
        plain = content;
        return;
    }
    if (!attachment && !html && content->contentType()->isHTMLText()) {
        html = content;
        return;
    }
    const auto *disposition = content->contentDisposition(false);
    QString name = disposition ? disposition->filename() : QString();
    if (name.isEmpty())
        name = content->contentType()->name();
    view.attachments.append({name, content->contentType()->mimeType(), qint64(content->decodedContent().size()), !attachment});
}

QStringList displayAddresses(const KMime::Types::Mailbox::List &mailboxes)
{
    QStringList result;
    for (const KMime::Types::Mailbox &mailbox : mailboxes)
        result << mailbox.prettyAddress();
    return result;
}

} // namespace

MessageView MessageReader::read(const QByteArray &rawMessage)
{
    KMime::Message message;
    message.setContent(kmimeInput(rawMessage));
    message.parse();

    MessageView view;
    view.subject = message.subject()->asUnicodeString();
    view.from = message.from()->asUnicodeString();
    view.to = displayAddresses(message.to()->mailboxes());
    view.cc = displayAddresses(message.cc()->mailboxes());
    view.date = message.date()->dateTime();
    view.messageId = message.messageID()->as7BitString(false); // with its angle brackets, as IMAP ENVELOPE has it
    KMime::Content *plain = nullptr;
    KMime::Content *html = nullptr;
    collectParts(&message, view, plain, html);
    if (plain)
        view.plainText = plain->decodedText();
    if (html)
        view.htmlText = html->decodedText();
    return view;
}

} // namespace Kestrel::Mime

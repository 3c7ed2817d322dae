#include "mime/MessageReader.h"

#include <KMime/Message>

namespace Kestrel::Mime {
namespace {

KMime::Content *firstPlainTextPart(KMime::Content *content)
{
    if (content->contentType()->isMultipart()) {
        const auto children = content->contents();
        for (KMime::Content *child : children) {
            if (KMime::Content *found = firstPlainTextPart(child))
                return found;
        }
        return nullptr;
    }
    return content->contentType()->isPlainText() ? content : nullptr;
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
    message.setContent(KMime::CRLFtoLF(rawMessage));
    message.parse();

    MessageView view;
    view.subject = message.subject()->asUnicodeString();
    view.from = message.from()->asUnicodeString();
    view.to = displayAddresses(message.to()->mailboxes());
    view.date = message.date()->dateTime();
    view.messageId = message.messageID()->as7BitString(false); // with its angle brackets, as IMAP ENVELOPE has it
    if (KMime::Content *text = firstPlainTextPart(&message))
        view.plainText = text->decodedText();
    return view;
}

} // namespace Kestrel::Mime

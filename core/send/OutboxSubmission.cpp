#include "send/OutboxSubmission.h"

#include "cache/Transaction.h"
#include "mime/compose/OutgoingMessageBuilder.h"
#include "send/OutboxStore.h"
#include "send/SendErrors.h"

namespace Kestrel::Send {
namespace {

// What an SMTP command line can carry between "<" and ">" (RFC 5321 section 4.1.2): a local part, "@"
// and a domain, no spaces, controls or angle brackets. Stricter checks are the server's business.
bool isSendableAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.size() > 254)
        return false;
    for (const QChar c : address) {
        if (c.unicode() <= 32 || c.unicode() == 127 || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char(','))
            return false;
    }
    return true;
}

} // namespace

std::optional<Error> OutboxSubmission::check(const OutgoingMessage &message)
{
    if (message.from.email.trimmed().isEmpty())
        return SendErrors::noSender();
    if (!isSendableAddress(message.from.email.trimmed()))
        return SendErrors::badAddress(message.from.email);
    bool any = false;
    for (const AddressList *list : {&message.to, &message.cc, &message.bcc}) {
        for (const Address &address : *list) {
            if (!isSendableAddress(address.email.trimmed()))
                return SendErrors::badAddress(address.email);
            any = true;
        }
    }
    return any ? std::nullopt : std::optional<Error>(SendErrors::noRecipients());
}

std::optional<Error> OutboxSubmission::store(Database &db, const OutgoingMessage &message, qint64 &outboxId)
{
    if (auto error = check(message))
        return error;
    const Mime::BuiltMessage built = Mime::OutgoingMessageBuilder::build(message);
    OutboxEntry entry;
    entry.accountId = message.accountId;
    entry.messageId = built.messageId;
    entry.mailFrom = built.envelope.from;
    entry.recipients = built.envelope.recipients;
    entry.message = built.bytes;
    entry.subject = message.subject;
    entry.origin = message.origin;
    entry.originFolder = message.originFolder;
    entry.originUid = message.originUid;
    Transaction transaction(db);
    if (auto error = transaction.begin())
        return error;
    if (auto error = OutboxStore(db).add(entry))
        return error;
    if (auto error = transaction.commit())
        return error;
    outboxId = entry.id;
    return std::nullopt;
}

} // namespace Kestrel::Send

#include "compose/ReplyRecipients.h"

#include "compose/Identities.h"

#include <QSet>

namespace Kestrel::Compose {
namespace {

// Appends the addresses not seen yet (and not the user's own) to `into`.
void appendNew(AddressList &into, const AddressList &addresses, const QList<Identity> &own, QSet<QString> &seen)
{
    for (const Address &address : addresses) {
        const QString key = address.email.trimmed().toCaseFolded();
        if (key.isEmpty() || seen.contains(key) || Identities::isOwn(own, address.email))
            continue;
        seen.insert(key);
        into.append(address);
    }
}

QString listIdentifier(const QString &listId)
{
    const qsizetype open = listId.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = listId.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return listId.mid(open + 1, close - open - 1).trimmed();
    return listId.trimmed();
}

bool sentByUser(const MessageSummary &original, const QList<Identity> &own)
{
    return std::any_of(original.from.cbegin(), original.from.cend(),
                       [&](const Address &address) { return Identities::isOwn(own, address.email); });
}

} // namespace

bool ReplyRecipients::isListAddress(const QString &email, const QString &listId)
{
    const QString id = listIdentifier(listId);
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (id.isEmpty() || at <= 0)
        return false;
    const QString asListId = email.left(at) + QLatin1Char('.') + email.mid(at + 1);
    return asListId.compare(id, Qt::CaseInsensitive) == 0;
}

AddressList ReplyRecipients::author(const MessageSummary &original, const QList<Identity> &own)
{
    if (sentByUser(original, own) && !original.to.isEmpty())
        return original.to;
    if (original.replyTo.isEmpty())
        return original.from;
    const bool onlyTheList = !original.listId.isEmpty()
        && std::all_of(original.replyTo.cbegin(), original.replyTo.cend(),
                       [&](const Address &address) { return isListAddress(address.email, original.listId); });
    return onlyTheList && !original.from.isEmpty() ? original.from : original.replyTo;
}

Recipients ReplyRecipients::forReply(const MessageSummary &original, const QList<Identity> &own)
{
    Recipients recipients;
    QSet<QString> seen;
    appendNew(recipients.to, author(original, own), own, seen);
    if (recipients.to.isEmpty()) // a note to oneself: answering it goes to oneself
        recipients.to = author(original, own).mid(0, 1);
    return recipients;
}

Recipients ReplyRecipients::forReplyAll(const MessageSummary &original, const QList<Identity> &own)
{
    Recipients recipients;
    QSet<QString> seen;
    appendNew(recipients.to, author(original, own), own, seen);
    // A munged list Reply-To is the list: reply all reaches it with the author in To.
    appendNew(recipients.to, original.replyTo, own, seen);
    appendNew(recipients.to, original.to, own, seen);
    appendNew(recipients.cc, original.cc, own, seen);
    if (recipients.to.isEmpty()) {
        recipients.to = recipients.cc;
        recipients.cc.clear();
    }
    if (recipients.to.isEmpty())
        recipients.to = forReply(original, own).to;
    return recipients;
}

} // namespace Kestrel::Compose

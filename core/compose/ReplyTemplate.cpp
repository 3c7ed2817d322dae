#include "compose/ReplyTemplate.h"

#include "compose/Identities.h"
#include "compose/QuotedText.h"
#include "compose/ReplyRecipients.h"
#include "compose/SignatureBlock.h"
#include "compose/SubjectPrefix.h"
#include "compose/ThreadingHeaders.h"

#include <QLocale>
#include <QRegularExpression>

namespace Kestrel::Compose {
namespace {

QString joined(const AddressList &addresses)
{
    QStringList texts;
    for (const Address &address : addresses)
        texts.append(address.toDisplayString());
    return texts.join(QStringLiteral(", "));
}

QString authorName(const MessageSummary &original)
{
    return original.from.isEmpty() ? ReplyTemplate::tr("Unknown sender") : original.from.constFirst().shortName();
}

} // namespace

ReplyTemplate::Result ReplyTemplate::blank(const AccountSettings &account)
{
    Result result;
    const QList<Identity> identities = Identities::of(account);
    result.message.accountId = account.id;
    result.message.from = Identities::address(identities.constFirst());
    const QString signature = identities.constFirst().signature;
    result.message.body = signature.trimmed().isEmpty() ? QString() : SignatureBlock::insert(QStringLiteral("\n\n"), signature, 1);
    return result;
}

ReplyTemplate::Result ReplyTemplate::make(Kind kind, const OriginalMessage &original, const AccountSettings &account)
{
    const QList<Identity> identities = Identities::of(account);
    Result result;
    result.identityIndex = Identities::forReplyTo(original.summary, identities);
    const Identity &identity = identities.at(result.identityIndex);
    result.message.accountId = account.id;
    result.message.from = Identities::address(identity);
    result.message.originFolder = original.folderName;
    result.message.originUid = original.summary.uid;
    if (kind == Kind::Reply || kind == Kind::ReplyAll)
        reply(result, original, identities, kind == Kind::ReplyAll);
    else
        forward(result, original, kind == Kind::ForwardAsAttachment);
    // The user writes below a quote and above a forward (which starts with an empty line for it); the
    // signature follows the user's text after a blank line.
    const qsizetype signatureAt = kind == Kind::Reply || kind == Kind::ReplyAll ? result.cursorPosition : 1;
    result.message.body = SignatureBlock::insert(result.message.body, identity.signature, signatureAt);
    return result;
}

void ReplyTemplate::reply(Result &result, const OriginalMessage &original, const QList<Identity> &identities, bool all)
{
    const MessageSummary &summary = original.summary;
    const Recipients recipients = all ? ReplyRecipients::forReplyAll(summary, identities)
                                      : ReplyRecipients::forReply(summary, identities);
    OutgoingMessage &message = result.message;
    message.origin = OutgoingMessage::Origin::Reply;
    message.to = recipients.to;
    message.cc = recipients.cc;
    message.subject = SubjectPrefix::forReply(summary.subject);
    message.inReplyTo = ThreadingHeaders::inReplyTo(summary);
    message.references = ThreadingHeaders::references(summary);
    const QDateTime date = summary.sentDate.isValid() ? summary.sentDate : summary.internalDate;
    const QString quote = QuotedText::quote(original.text);
    message.body = QuotedText::attribution(date, authorName(summary)) + QLatin1Char('\n')
        + (quote.isEmpty() ? QString() : quote + QLatin1Char('\n')) + QLatin1Char('\n');
    result.cursorPosition = message.body.size();
}

void ReplyTemplate::forward(Result &result, const OriginalMessage &original, bool asAttachment)
{
    OutgoingMessage &message = result.message;
    message.origin = OutgoingMessage::Origin::Forward;
    message.subject = SubjectPrefix::forForward(original.summary.subject);
    result.cursorPosition = 0;
    message.body = QStringLiteral("\n\n");
    if (asAttachment) {
        message.attachments.append({attachmentName(original.summary.subject), QStringLiteral("message/rfc822"), original.raw});
        return;
    }
    QString text = original.text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    message.body += forwardedHeader(original.summary) + QLatin1Char('\n') + text;
}

QString ReplyTemplate::forwardedHeader(const MessageSummary &original)
{
    QStringList lines{tr("-------- Forwarded Message --------")};
    lines << tr("Subject: %1").arg(original.subject);
    if (original.sentDate.isValid())
        lines << tr("Date: %1").arg(QLocale().toString(original.sentDate.toLocalTime(), QLocale::LongFormat));
    lines << tr("From: %1").arg(joined(original.from));
    if (!original.to.isEmpty())
        lines << tr("To: %1").arg(joined(original.to));
    if (!original.cc.isEmpty())
        lines << tr("Cc: %1").arg(joined(original.cc));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReplyTemplate::attachmentName(const QString &subject)
{
    static const QRegularExpression refused(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    QString name = subject.simplified().replace(refused, QStringLiteral("_")).left(80).trimmed();
    if (name.isEmpty())
        name = tr("Forwarded message", "file name of a message forwarded as attachment, without .eml");
    return name + QStringLiteral(".eml");
}

} // namespace Kestrel::Compose

#include "smtp/SmtpSendResult.h"

#include <QRegularExpression>

namespace Kestrel::Smtp {

QList<SmtpRecipientResult> SmtpSendResult::accepted() const
{
    QList<SmtpRecipientResult> result;
    for (const SmtpRecipientResult &recipient : recipients) {
        if (recipient.isAccepted())
            result.append(recipient);
    }
    return result;
}

QList<SmtpRecipientResult> SmtpSendResult::rejected() const
{
    QList<SmtpRecipientResult> result;
    for (const SmtpRecipientResult &recipient : recipients) {
        if (!recipient.isAccepted())
            result.append(recipient);
    }
    return result;
}

QString SmtpSendResult::queueIdFromText(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:queued as|stored as|\\bid=)\\s*<?([A-Za-z0-9][A-Za-z0-9._@-]*)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace Kestrel::Smtp

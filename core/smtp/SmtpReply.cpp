#include "smtp/SmtpReply.h"

namespace Kestrel::Smtp {

QString SmtpReply::text() const
{
    QByteArray joined;
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += ' ';
        joined += trimmed;
    }
    return QString::fromUtf8(joined);
}

QString SmtpReply::toString() const
{
    QString result = QString::number(code);
    if (enhanced.isValid())
        result += QLatin1Char(' ') + enhanced.toString();
    const QString body = text();
    if (!body.isEmpty())
        result += QLatin1Char(' ') + body;
    return result;
}

} // namespace Kestrel::Smtp

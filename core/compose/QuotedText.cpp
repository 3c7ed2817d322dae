#include "compose/QuotedText.h"

#include <QLocale>
#include <QStringList>

namespace Kestrel::Compose {

QString QuotedText::withoutSignature(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalised.split(QLatin1Char('\n'));
    const qsizetype separator = lines.lastIndexOf(QStringLiteral("-- "));
    if (separator >= 0)
        lines.resize(separator);
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString QuotedText::quote(const QString &text)
{
    const QString body = withoutSignature(text);
    if (body.isEmpty())
        return {};
    const QStringList lines = body.split(QLatin1Char('\n'));
    QStringList quoted;
    quoted.reserve(lines.size());
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('>')))
            quoted.append(QLatin1Char('>') + line);
        else
            quoted.append(QStringLiteral("> ") + line);
    }
    return quoted.join(QLatin1Char('\n'));
}

QString QuotedText::attribution(const QDateTime &sent, const QString &author)
{
    if (!sent.isValid())
        return tr("%1 wrote:", "reply attribution without a date; %1 = the author").arg(author);
    const QString date = QLocale().toString(sent.toLocalTime(), QLocale::ShortFormat);
    return tr("On %1, %2 wrote:", "reply attribution; %1 = date and time, %2 = the author").arg(date, author);
}

} // namespace Kestrel::Compose

#include "cache/FtsQuery.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Kestrel {

QString FtsQuery::normalize(const QString &text)
{
    QString folded = text;
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    folded.replace(QChar(0x0401), QChar(0x0415)); // Ё -> Е
    return folded;
}

QString FtsQuery::fromUserText(const QString &text)
{
    const QStringList words = normalize(text).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString escaped = word;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
    }
    if (terms.isEmpty())
        return {};
    if (!text.isEmpty() && !text.back().isSpace())
        terms.last().append(QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

} // namespace Kestrel

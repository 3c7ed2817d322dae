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
    qsizetype lastLength = 0;
    for (const QString &word : words) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString escaped = word;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        lastLength = word.size();
    }
    if (terms.isEmpty())
        return {};
    // A one-letter prefix would match most of a mailbox and be slow to rank: from the second letter on.
    const bool typing = !text.isEmpty() && !text.back().isSpace();
    if (typing && lastLength > 1)
        terms.last().append(QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

} // namespace Kestrel

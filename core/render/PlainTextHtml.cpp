#include "render/PlainTextHtml.h"

#include <QRegularExpression>

#include <algorithm>
#include <QStringList>

namespace Kestrel::Render {
namespace {

QString escapeKeepingSpaces(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    // Keep alignment of runs of spaces and tabs (tables, ASCII art) without <pre>, so long lines wrap.
    escaped.replace(QLatin1Char('\t'), QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;"));
    escaped.replace(QStringLiteral("  "), QStringLiteral("&nbsp; "));
    return escaped;
}

const QRegularExpression &linkPattern()
{
    // URL schemes a reader opens, bare "www." hosts, and e-mail addresses. Trailing punctuation that
    // usually ends a sentence is left out of the link.
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<url>(?:https?|ftp)://[^\s<>"]+[^\s<>".,;:!?)\]'])|(?<www>\bwww\.[^\s<>"]+[^\s<>".,;:!?)\]'])|)"
                       R"((?<mail>(?:mailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

} // namespace

QString PlainTextHtml::quoteClass(int level)
{
    return QStringLiteral("kq%1").arg((std::max(level, 1) - 1) % QuoteClasses + 1);
}

int PlainTextHtml::quoteLevel(const QString &line, qsizetype *textStart)
{
    int level = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line.at(i) == QLatin1Char('>')) {
            ++level;
            ++i;
        } else if (line.at(i) == QLatin1Char(' ') && level > 0 && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('>')) {
            ++i; // "> > text": spaces between quote marks
        } else {
            break;
        }
    }
    if (level > 0 && i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i; // the space after the last '>' belongs to the quote mark
    if (textStart)
        *textStart = i;
    return level;
}

QString PlainTextHtml::linkify(const QString &text)
{
    QString html;
    qsizetype last = 0;
    auto matches = linkPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        html += escapeKeepingSpaces(text.mid(last, match.capturedStart() - last));
        const QString shown = match.captured();
        QString target = shown;
        if (!match.captured(u"www").isEmpty())
            target = QStringLiteral("http://") + shown;
        else if (!match.captured(u"mail").isEmpty() && !shown.startsWith(QLatin1String("mailto:")))
            target = QStringLiteral("mailto:") + shown;
        html += QStringLiteral("<a href=\"%1\">%2</a>").arg(target.toHtmlEscaped(), shown.toHtmlEscaped());
        last = match.capturedEnd();
    }
    html += escapeKeepingSpaces(text.mid(last));
    return html;
}

QString PlainTextHtml::toHtml(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    QString html = QStringLiteral("<div style='white-space:pre-wrap'>");
    bool inSignature = false;
    for (const QString &line : lines) {
        qsizetype start = 0;
        const int level = quoteLevel(line, &start);
        if (level == 0 && line == QLatin1String("-- "))
            inSignature = true; // RFC 3676 4.3 signature separator
        const QString body = linkify(line.mid(start));
        if (level > 0) {
            html += QStringLiteral("<span class='%1'>%2 %3</span><br>").arg(quoteClass(level), QString(level, QChar(0x2502)), body);
        } else if (inSignature) {
            html += QStringLiteral("<span class='%1'>%2</span><br>").arg(QLatin1String(SignatureClass), body);
        } else {
            html += body + QStringLiteral("<br>");
        }
    }
    html += QStringLiteral("</div>");
    return html;
}

} // namespace Kestrel::Render

#include "cache/BodyText.h"

#include <QRegularExpression>

namespace Kestrel {

QString BodyText::forIndex(const QString &mimeType, const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    return mimeType == QLatin1String("text/html") ? fromHtml(text) : text;
}

QString BodyText::fromHtml(const QString &html)
{
    static const QRegularExpression invisible(QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString text = html;
    text.remove(invisible);
    text.replace(tag, QStringLiteral(" "));
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool ok = false;
        const char32_t code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        decoded += ok && code > 0 && code <= 0x10FFFF ? QString::fromUcs4(&code, 1) : QStringLiteral(" ");
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    decoded.replace(QLatin1String("&lt;"), QLatin1String("<"));
    decoded.replace(QLatin1String("&gt;"), QLatin1String(">"));
    decoded.replace(QLatin1String("&quot;"), QLatin1String("\""));
    decoded.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return decoded.simplified();
}

} // namespace Kestrel

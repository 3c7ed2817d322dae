#include "render/HtmlSanitizer.h"

#include "render/HtmlTokenizer.h"
#include "render/LinkCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace Kestrel::Render {
namespace {

// Elements removed together with everything inside them.
bool dropsContent(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("script"), QStringLiteral("iframe"), QStringLiteral("object"),
                                     QStringLiteral("embed"), QStringLiteral("applet"), QStringLiteral("frameset"),
                                     QStringLiteral("frame"), QStringLiteral("noembed"), QStringLiteral("select"),
                                     QStringLiteral("textarea"), QStringLiteral("template"), QStringLiteral("svg"),
                                     QStringLiteral("math")};
    return names.contains(name);
}

// Elements whose tag goes but whose content stays (a form's text is still the message).
bool dropsTagOnly(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("form"), QStringLiteral("input"), QStringLiteral("button"),
                                     QStringLiteral("meta"), QStringLiteral("base"), QStringLiteral("link"),
                                     QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("body")};
    return names.contains(name);
}

bool isRemote(const QString &url)
{
    const QString trimmed = url.trimmed().toLower();
    return trimmed.startsWith(QLatin1String("http:")) || trimmed.startsWith(QLatin1String("https:"))
        || trimmed.startsWith(QLatin1String("ftp:")) || trimmed.startsWith(QLatin1String("//"));
}

bool isScriptUrl(const QString &url)
{
    QString compact = url.trimmed().toLower();
    static const QRegularExpression spaceOrControl(QStringLiteral("[\\s\\x00-\\x1f]")); // compiled once
    compact.remove(spaceOrControl);
    return compact.startsWith(QLatin1String("javascript:")) || compact.startsWith(QLatin1String("vbscript:"))
        || (compact.startsWith(QLatin1String("data:")) && !compact.startsWith(QLatin1String("data:image/")));
}

// Enough of HTML's character references to compare and check URLs and link text: numeric ones and
// the few named ones that matter there. (Display decoding is the text browser's job.)
QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression reference(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);"));
    QString out;
    qsizetype last = 0;
    auto matches = reference.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        out += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.at(1).toLower() == QLatin1Char('x') ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                out += QString::fromUcs4(&c, 1);
            }
        } else {
            static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")}, {QStringLiteral("lt"), QStringLiteral("<")},
                                                       {QStringLiteral("gt"), QStringLiteral(">")}, {QStringLiteral("quot"), QStringLiteral("\"")},
                                                       {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QString(QChar(0xa0))}};
            out += named.value(name);
        }
        last = match.capturedEnd();
    }
    return out + text.mid(last);
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c, bool hex)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || (hex && ((c >= QLatin1Char('a') && c <= QLatin1Char('f')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'))));
}

// Does text[at] == '&' start a character reference ("&name;", "&#123;", "&#x1F;")? Those stay as the
// sender wrote them, so "&nbsp;" still shows a space; the longest named reference HTML has is 32 long.
bool startsReference(const QString &text, qsizetype at)
{
    const qsizetype limit = qMin(text.size(), at + 34);
    qsizetype i = at + 1;
    if (i < limit && text.at(i) == QLatin1Char('#')) {
        ++i;
        const bool hex = i < limit && (text.at(i) == QLatin1Char('x') || text.at(i) == QLatin1Char('X'));
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        while (i < limit && isAsciiDigit(text.at(i), hex))
            ++i;
        return i > digitsStart && i < limit && text.at(i) == QLatin1Char(';');
    }
    const qsizetype nameStart = i;
    while (i < limit && (isAsciiLetter(text.at(i)) || isAsciiDigit(text.at(i), false)))
        ++i;
    return i > nameStart && isAsciiLetter(text.at(nameStart)) && i < limit && text.at(i) == QLatin1Char(';');
}

// Text and attribute values as they go out: every '<', '>', '"' and every '&' that does not start a
// reference escaped. The output is then well-formed, so whatever reads it again (the reader's HTML
// parser, or the tokenizer here) sees exactly the tags this sanitiser wrote — a raw "<" left in text
// could open a tag a second parse sees and the first did not (fuzz finding
// html_sanitizer-onerror-survives-retokenize: "<<<?>i<" before a tag smuggled an onerror through).
QString escapeMarkup(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) != QLatin1Char('<') && text.at(i) != QLatin1Char('>')
           && text.at(i) != QLatin1Char('"') && text.at(i) != QLatin1Char('&'))
        ++i;
    if (i == text.size())
        return text; // the common case: nothing to escape, no copy
    QString out = text.left(i);
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("&quot;");
        else if (c == QLatin1Char('&') && !startsReference(text, i))
            out += QLatin1String("&amp;");
        else
            out += c;
    }
    return out;
}

// Attribute names pass only when plain (letters, digits, '-', '_', ':'); a name holding quotes or '<'
// means nothing to the reader and could read differently in a second parse.
bool isPlainAttributeName(const QString &name)
{
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c, false) && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char(':'))
            return false;
    }
    return !name.isEmpty();
}

class Sanitizer
{
public:
    HtmlSanitizer::Result run(const QString &html)
    {
        const QList<HtmlToken> tokens = HtmlTokenizer::tokenize(html);
        for (const HtmlToken &token : tokens)
            take(token);
        if (m_link)
            closeLink();
        return m_result;
    }

private:
    void take(const HtmlToken &token)
    {
        if (!m_skipping.isEmpty()) {
            if (token.kind == HtmlToken::Kind::EndTag && token.name == m_skipping)
                m_skipping.clear();
            return;
        }
        switch (token.kind) {
        case HtmlToken::Kind::Comment:
        case HtmlToken::Kind::Declaration:
            return; // conditional comments and doctypes carry nothing the reader needs
        case HtmlToken::Kind::Text:
            if (m_inStyle)
                collectCssUrls(token.text);
            if (m_link)
                m_linkText += token.text;
            // Style and title content is not markup (the tokenizer read it up to its end tag, which it
            // cannot contain), so it goes out as it came: CSS needs its '>' child selectors.
            append(token.rawText ? token.text : escapeMarkup(token.text));
            return;
        case HtmlToken::Kind::EndTag:
            endTag(token.name);
            return;
        case HtmlToken::Kind::StartTag:
            startTag(token);
            return;
        }
    }

    void startTag(const HtmlToken &token)
    {
        if (dropsContent(token.name)) {
            if (!token.selfClosing)
                m_skipping = token.name;
            return;
        }
        if (dropsTagOnly(token.name))
            return;
        if (token.name == QLatin1String("style"))
            m_inStyle = !token.selfClosing;
        if (token.name == QLatin1String("a") && m_link)
            closeLink(); // <a> never nests: an unclosed one ends here
        QString tag = QLatin1Char('<') + token.name;
        for (const auto &[name, value] : token.attributes) {
            if (!isPlainAttributeName(name) || name.startsWith(QLatin1String("on")) || name == QLatin1String("srcset")
                || name == QLatin1String("formaction"))
                continue;
            if ((name == QLatin1String("href") || name == QLatin1String("src") || name == QLatin1String("background")
                 || name == QLatin1String("action")) && isScriptUrl(decodeEntities(value)))
                continue;
            if ((name == QLatin1String("src") || name == QLatin1String("background")))
                noteResource(decodeEntities(value));
            if (name == QLatin1String("style"))
                collectCssUrls(value);
            tag += QStringLiteral(" %1=\"%2\"").arg(name, escapeMarkup(value));
        }
        if (token.name == QLatin1String("a")) {
            m_link = true;
            m_linkHref = decodeEntities(token.attribute(QStringLiteral("href")));
            m_linkText.clear();
            m_linkTagAt = m_result.html.size();
        }
        tag += token.selfClosing ? QStringLiteral("/>") : QStringLiteral(">");
        append(tag);
    }

    void endTag(const QString &name)
    {
        if (dropsTagOnly(name))
            return;
        if (name == QLatin1String("style"))
            m_inStyle = false;
        if (name == QLatin1String("a")) {
            if (m_link)
                closeLink();
            return;
        }
        append(QStringLiteral("</") + name + QLatin1Char('>'));
    }

    void closeLink()
    {
        m_link = false;
        append(QStringLiteral("</a>"));
        const QUrl target(m_linkHref.trimmed());
        if (!LinkCheck::isDeceptive(decodeEntities(m_linkText), target))
            return;
        ++m_result.deceptiveLinks;
        const QString host = LinkCheck::targetHost(target).toHtmlEscaped();
        // A tooltip on the link itself, and a warning anyone can see without hovering.
        m_result.html.insert(m_linkTagAt + 2, QStringLiteral(" title=\"%1\"").arg(HtmlSanitizer::warningText(host)));
        // Its own background: readable on the palette's base and on whatever the message's HTML paints.
        append(QStringLiteral(" <span style='color:#ffffff;background-color:#b00000;font-weight:bold'>[%1]</span>").arg(HtmlSanitizer::warningText(host)));
    }

    void noteResource(const QString &url)
    {
        const QString trimmed = url.trimmed();
        if (trimmed.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive)) {
            m_result.contentIds.append(trimmed.mid(4));
        } else if (isRemote(trimmed) && !m_result.remoteResources.contains(trimmed)) {
            m_result.remoteResources.append(trimmed);
        }
    }

    void collectCssUrls(const QString &css)
    {
        static const QRegularExpression url(QStringLiteral(R"(url\(\s*['"]?([^'")\s]+)['"]?\s*\))"),
                                            QRegularExpression::CaseInsensitiveOption);
        auto matches = url.globalMatch(css);
        while (matches.hasNext())
            noteResource(matches.next().captured(1));
    }

    void append(const QString &text) { m_result.html += text; }

    HtmlSanitizer::Result m_result;
    QString m_skipping; // inside an element dropped with its content
    bool m_inStyle = false;
    bool m_link = false;
    QString m_linkHref;
    QString m_linkText;
    qsizetype m_linkTagAt = 0;
};

} // namespace

HtmlSanitizer::Result HtmlSanitizer::sanitize(const QString &html)
{
    return Sanitizer().run(html);
}

QString HtmlSanitizer::warningText(const QString &realHost)
{
    return QCoreApplication::translate("Kestrel::Render::HtmlSanitizer", "Caution: this link leads to %1").arg(realHost);
}

} // namespace Kestrel::Render

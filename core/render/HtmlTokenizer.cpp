#include "render/HtmlTokenizer.h"

namespace Kestrel::Render {
namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':');
}

bool isRawTextElement(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("textarea")
        || name == QLatin1String("title");
}

class Scanner
{
public:
    explicit Scanner(const QString &html)
        : m_html(html)
    {
    }

    QList<HtmlToken> run()
    {
        while (m_pos < m_html.size()) {
            const qsizetype lt = m_html.indexOf(QLatin1Char('<'), m_pos);
            if (lt < 0) {
                addText(QStringView(m_html).mid(m_pos));
                break;
            }
            addText(QStringView(m_html).mid(m_pos, lt - m_pos));
            m_pos = lt;
            if (!readMarkup())
                addText(QStringView(m_html).mid(m_pos++, 1)); // a lone '<' is text
        }
        return m_tokens;
    }

private:
    void addText(QStringView text)
    {
        if (text.isEmpty())
            return;
        if (!m_tokens.isEmpty() && m_tokens.last().kind == HtmlToken::Kind::Text)
            m_tokens.last().text += text;
        else
            m_tokens.append({HtmlToken::Kind::Text, text.toString(), {}, {}, false, false});
    }

    bool readMarkup()
    {
        if (QStringView(m_html).mid(m_pos, 4) == QLatin1String("<!--")) { // a view: no copy per '<'
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), m_pos + 4);
            const qsizetype stop = end < 0 ? m_html.size() : end;
            m_tokens.append({HtmlToken::Kind::Comment, m_html.mid(m_pos + 4, stop - m_pos - 4), {}, {}, false, false});
            m_pos = end < 0 ? m_html.size() : end + 3;
            return true;
        }
        const QChar next = m_pos + 1 < m_html.size() ? m_html.at(m_pos + 1) : QChar();
        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            const qsizetype end = m_html.indexOf(QLatin1Char('>'), m_pos);
            const qsizetype stop = end < 0 ? m_html.size() : end;
            m_tokens.append({HtmlToken::Kind::Declaration, m_html.mid(m_pos + 2, stop - m_pos - 2), {}, {}, false, false});
            m_pos = end < 0 ? m_html.size() : end + 1;
            return true;
        }
        if (next == QLatin1Char('/'))
            return readEndTag();
        if (next.isLetter())
            return readStartTag();
        return false;
    }

    bool readEndTag()
    {
        qsizetype i = m_pos + 2;
        const qsizetype nameStart = i;
        while (i < m_html.size() && isNameChar(m_html.at(i)))
            ++i;
        if (i == nameStart)
            return false;
        const QString name = m_html.mid(nameStart, i - nameStart).toLower();
        const qsizetype end = m_html.indexOf(QLatin1Char('>'), i);
        m_pos = end < 0 ? m_html.size() : end + 1;
        m_tokens.append({HtmlToken::Kind::EndTag, {}, name, {}, false, false});
        return true;
    }

    bool readStartTag()
    {
        qsizetype i = m_pos + 1;
        const qsizetype nameStart = i;
        while (i < m_html.size() && isNameChar(m_html.at(i)))
            ++i;
        HtmlToken token{HtmlToken::Kind::StartTag, {}, m_html.mid(nameStart, i - nameStart).toLower(), {}, false, false};
        while (i < m_html.size()) {
            while (i < m_html.size() && (m_html.at(i).isSpace() || m_html.at(i) == QLatin1Char('/'))) {
                token.selfClosing = m_html.at(i) == QLatin1Char('/');
                ++i;
            }
            if (i >= m_html.size() || m_html.at(i) == QLatin1Char('>'))
                break;
            token.selfClosing = false;
            const qsizetype attrStart = i;
            while (i < m_html.size() && !m_html.at(i).isSpace() && m_html.at(i) != QLatin1Char('=')
                   && m_html.at(i) != QLatin1Char('>') && m_html.at(i) != QLatin1Char('/'))
                ++i;
            const QString attrName = m_html.mid(attrStart, i - attrStart).toLower();
            QString value;
            while (i < m_html.size() && m_html.at(i).isSpace())
                ++i;
            if (i < m_html.size() && m_html.at(i) == QLatin1Char('=')) {
                ++i;
                while (i < m_html.size() && m_html.at(i).isSpace())
                    ++i;
                if (i < m_html.size() && (m_html.at(i) == QLatin1Char('"') || m_html.at(i) == QLatin1Char('\''))) {
                    const QChar quote = m_html.at(i);
                    const qsizetype close = m_html.indexOf(quote, i + 1);
                    const qsizetype stop = close < 0 ? m_html.size() : close;
                    value = m_html.mid(i + 1, stop - i - 1);
                    i = close < 0 ? m_html.size() : close + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < m_html.size() && !m_html.at(i).isSpace() && m_html.at(i) != QLatin1Char('>'))
                        ++i;
                    value = m_html.mid(valueStart, i - valueStart);
                }
            }
            if (!attrName.isEmpty())
                token.attributes.append({attrName, value});
        }
        m_pos = i < m_html.size() ? i + 1 : m_html.size();
        m_tokens.append(token);
        if (isRawTextElement(token.name) && !token.selfClosing)
            readRawText(token.name);
        return true;
    }

    // Everything up to </name> is one text token (a "<" inside a script is not a tag).
    void readRawText(const QString &name)
    {
        const QString close = QStringLiteral("</") + name;
        const qsizetype end = m_html.indexOf(close, m_pos, Qt::CaseInsensitive);
        const qsizetype stop = end < 0 ? m_html.size() : end;
        if (stop > m_pos)
            m_tokens.append({HtmlToken::Kind::Text, m_html.mid(m_pos, stop - m_pos), {}, {}, false, true});
        m_pos = stop;
    }

    const QString &m_html;
    qsizetype m_pos = 0;
    QList<HtmlToken> m_tokens;
};

} // namespace

QString HtmlToken::attribute(const QString &attributeName) const
{
    for (const auto &[name, value] : attributes) {
        if (name == attributeName)
            return value;
    }
    return {};
}

QList<HtmlToken> HtmlTokenizer::tokenize(const QString &html)
{
    return Scanner(html).run();
}

} // namespace Kestrel::Render

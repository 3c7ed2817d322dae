#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Kestrel::Render {

// A forgiving HTML tokenizer for mail bodies: text, start tags with their attributes, end tags,
// comments and declarations. Not a full HTML5 parser; it never fails, and whatever it cannot read as
// a tag is text. Raw-text elements (script, style, textarea, title) keep their content as one text token.
struct HtmlToken {
    enum class Kind { Text, StartTag, EndTag, Comment, Declaration };
    Kind kind = Kind::Text;
    QString text;                              // Text: raw (still escaped) text; Comment: its body
    QString name;                              // tags: lower case
    QList<QPair<QString, QString>> attributes; // names lower case, values with entities left as sent
    bool selfClosing = false;
    bool rawText = false; // Text inside style or title: not markup, so it is passed on as it came

    QString attribute(const QString &attributeName) const;
};

class HtmlTokenizer
{
public:
    static QList<HtmlToken> tokenize(const QString &html);
};

} // namespace Kestrel::Render

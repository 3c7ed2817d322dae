#pragma once

#include <QString>

namespace Kestrel::Render {

// A plain-text body as reader HTML: every character escaped, quoted lines ("> ", "> > ", ">>") shown
// by level with a coloured bar and colour, URLs (http, https, ftp, www.) and mailto/e-mail addresses
// made into links, line breaks and runs of spaces kept, a signature ("-- " line) dimmed.
class PlainTextHtml
{
public:
    static QString toHtml(const QString &text);
    // The quote level of one line: the number of leading '>' (spaces between them allowed).
    static int quoteLevel(const QString &line, qsizetype *textStart = nullptr);
    // Escapes `text` and turns URLs and addresses in it into <a> links.
    static QString linkify(const QString &text);
};

} // namespace Kestrel::Render

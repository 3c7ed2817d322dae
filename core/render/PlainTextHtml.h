#pragma once

#include <QString>

namespace Kestrel::Render {

// A plain-text body as reader HTML: every character escaped, quoted lines ("> ", "> > ", ">>") shown
// by level with a bar and a class per level (quoteClass), URLs (http, https, ftp, www.) and
// mailto/e-mail addresses made into links, line breaks and runs of spaces kept, a signature ("-- "
// line) marked with SignatureClass. No colour is written here: the reader's style sheet gives each
// class its colour from the palette (ui/theme/ReaderColours), so dark mode stays readable.
class PlainTextHtml
{
public:
    static constexpr int QuoteClasses = 4; // levels beyond cycle through these
    static constexpr const char *SignatureClass = "ksig";
    static constexpr const char *DimmedClass = "kdim"; // notes and labels the reader dims
    static QString quoteClass(int level);

    static QString toHtml(const QString &text);
    // The quote level of one line: the number of leading '>' (spaces between them allowed).
    static int quoteLevel(const QString &line, qsizetype *textStart = nullptr);
    // Escapes `text` and turns URLs and addresses in it into <a> links.
    static QString linkify(const QString &text);
};

} // namespace Kestrel::Render

#pragma once

#include <QString>

namespace Kestrel {

// Turns what a person typed into a safe FTS5 MATCH expression. Every word becomes a quoted string (so
// AND, OR, NOT, NEAR, *, ^, :, parentheses and quotes are just text), all words must match, and the last
// word matches as a prefix unless the text ends in a space or the word is a single character, so
// results appear while typing. Words with
// no letter or digit are dropped (the tokenizer would ignore them anyway). Returns an empty string when
// nothing searchable is left: do not run the query then.
class FtsQuery
{
public:
    static QString fromUserText(const QString &text);
    // The folding the index applies on top of unicode61 with remove_diacritics 2: "ё" searches as "е".
    static QString normalize(const QString &text);
};

} // namespace Kestrel

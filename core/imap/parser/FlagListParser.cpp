#include "imap/parser/FlagListParser.h"

#include "imap/parser/Lexer.h"

namespace Kestrel::Imap {

MessageFlags FlagListParser::parse(Lexer &lex)
{
    MessageFlags flags;
    lex.expect('(', "expected '(' to open a flag list");
    for (;;) {
        lex.skipSpaces();
        if (lex.tryConsume(')'))
            return flags;
        const qsizetype start = lex.pos();
        if (lex.tryConsume('\\')) {
            // flag-extension = "\" atom; "\*" only in PERMANENTFLAGS (RFC 3501 9)
            if (!lex.tryConsume('*'))
                lex.atomView();
        } else {
            lex.atomView();   // flag-keyword
        }
        const QByteArrayView name = lex.view(start, lex.pos());
        if (const SystemFlags system = systemFlagFromName(name))
            flags.system |= system;
        else
            flags.keywords.append(lex.slice(start, lex.pos()));
    }
}

} // namespace Kestrel::Imap

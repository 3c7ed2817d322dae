#pragma once

#include "imap/parser/MessageFlags.h"

namespace Kestrel::Imap {

class Lexer;

// flag-list = "(" [flag *(SP flag)] ")" (RFC 3501 9), as in FETCH FLAGS, * FLAGS, PERMANENTFLAGS.
class FlagListParser
{
public:
    static MessageFlags parse(Lexer &lex);
};

} // namespace Kestrel::Imap

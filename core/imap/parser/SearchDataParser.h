#pragma once

#include "imap/parser/SearchResponses.h"

namespace Kestrel::Imap {

class Lexer;

// SEARCH (RFC 3501 7.2.5, RFC 7162 3.1.5), ESEARCH (RFC 4731 3.1) and VANISHED (RFC 7162 3.2.10).
// Each reads from just after the response name.
class SearchDataParser
{
public:
    static SearchResponse search(Lexer &lex);
    static ESearchResponse esearch(Lexer &lex);
    static VanishedResponse vanished(Lexer &lex);

private:
    static void esearchReturnData(Lexer &lex, QByteArrayView name, ESearchResponse &r);
};

} // namespace Kestrel::Imap

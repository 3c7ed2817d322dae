#pragma once

#include "imap/parser/ServerDataResponses.h"

namespace Kestrel::Imap {

class Lexer;

// Small untagged responses: CAPABILITY (RFC 3501 7.2.1), ENABLED (RFC 5161 3.2), ID (RFC 2971
// 3.2) and FLAGS (RFC 3501 7.2.6). Each reads from just after the response name.
class ServerDataParser
{
public:
    static CapabilityResponse capability(Lexer &lex);
    static EnabledResponse enabled(Lexer &lex);
    static IdResponse id(Lexer &lex);
    static FlagsResponse flags(Lexer &lex);

private:
    static QList<QByteArray> atomList(Lexer &lex);
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/parser/ResponseCode.h"

#include <QByteArray>

namespace Kestrel::Imap {

class Lexer;

// resp-text = ["[" resp-text-code "]" SP] text (RFC 3501 7.1, 9; RFC 4315, 5530, 7162 codes).
class StatusParser
{
public:
    // Reads from just after the condition ("OK") to the end of the line. Lenient: the SP and the
    // text may be missing ("* OK [READ-WRITE]").
    static void respText(Lexer &lex, ResponseCode *code, QByteArray *text);
    // Reads "[" ... "]".
    static ResponseCode responseCode(Lexer &lex);
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/parser/Envelope.h"

namespace Kestrel::Imap {

class Lexer;

// envelope = "(" env-date SP env-subject SP env-from SP env-sender SP env-reply-to SP env-to SP
//            env-cc SP env-bcc SP env-in-reply-to SP env-message-id ")"   (RFC 3501 9)
class EnvelopeParser
{
public:
    static Envelope parse(Lexer &lex);

private:
    static QList<Address> addressList(Lexer &lex);
    static Address address(Lexer &lex);
};

} // namespace Kestrel::Imap

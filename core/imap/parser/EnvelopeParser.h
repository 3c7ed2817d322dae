#pragma once

#include "imap/parser/Envelope.h"

#include <QByteArrayView>

namespace Kestrel::Imap {

class Lexer;

// envelope = "(" env-date SP env-subject SP env-from SP env-sender SP env-reply-to SP env-to SP
//            env-cc SP env-bcc SP env-in-reply-to SP env-message-id ")"   (RFC 3501 9)
class EnvelopeParser
{
public:
    // Fills `env`, which should be freshly constructed.
    static void parse(Lexer &lex, Envelope &env);

private:
    static QList<Address> addressList(Lexer &lex);
    static QList<Address> repeatedOrParsed(Lexer &lex, QByteArrayView fromBytes, const QList<Address> &from);
    static void address(Lexer &lex, Address &a);
};

} // namespace Kestrel::Imap

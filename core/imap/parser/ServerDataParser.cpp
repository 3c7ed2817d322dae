#include "imap/parser/ServerDataParser.h"

#include "imap/parser/FlagListParser.h"
#include "imap/parser/Lexer.h"

namespace Kestrel::Imap {

// *(SP atom); a trailing space before CRLF is tolerated.
QList<QByteArray> ServerDataParser::atomList(Lexer &lex)
{
    QList<QByteArray> list;
    while (lex.tryConsume(' ')) {
        if (lex.atLineEnd())
            break;
        list.append(lex.atom());
    }
    return list;
}

CapabilityResponse ServerDataParser::capability(Lexer &lex)
{
    return CapabilityResponse{atomList(lex)};
}

EnabledResponse ServerDataParser::enabled(Lexer &lex)
{
    return EnabledResponse{atomList(lex)};
}

// id-response = "ID" SP id-params-list; id-params-list = "(" *(string SP nstring) ")" / nil
IdResponse ServerDataParser::id(Lexer &lex)
{
    IdResponse r;
    lex.expectSpace();
    if (lex.tryConsumeNil())
        return r;
    lex.expect('(', "expected '(' or NIL after ID");
    for (;;) {
        lex.skipSpaces();
        if (lex.tryConsume(')'))
            return r;
        QByteArray key = lex.string();
        lex.expectSpace();
        r.fields.append({std::move(key), lex.nstring()});
    }
}

FlagsResponse ServerDataParser::flags(Lexer &lex)
{
    lex.expectSpace();
    return FlagsResponse{FlagListParser::parse(lex)};
}

} // namespace Kestrel::Imap

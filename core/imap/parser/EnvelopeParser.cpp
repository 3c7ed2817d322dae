#include "imap/parser/EnvelopeParser.h"

#include "imap/parser/Lexer.h"

#include <iterator>

namespace Kestrel::Imap {

Envelope EnvelopeParser::parse(Lexer &lex)
{
    Envelope env;
    lex.expect('(', "expected '(' to open ENVELOPE");
    env.date = lex.nstring();
    lex.expectSpace();
    env.subject = lex.nstring();
    lex.expectSpace();
    env.from = addressList(lex);
    lex.expectSpace();
    env.sender = addressList(lex);
    lex.expectSpace();
    env.replyTo = addressList(lex);
    lex.expectSpace();
    env.to = addressList(lex);
    lex.expectSpace();
    env.cc = addressList(lex);
    lex.expectSpace();
    env.bcc = addressList(lex);
    lex.expectSpace();
    env.inReplyTo = lex.nstring();
    lex.expectSpace();
    env.messageId = lex.nstring();
    lex.expect(')', "expected ')' to close ENVELOPE");
    return env;
}

// "(" 1*address ")" / nil. RFC 3501 puts no space between addresses; some servers do, so a
// space is tolerated. Addresses are collected on the stack first so that the list is allocated
// once at its final size (most lists hold one to three addresses).
QList<Address> EnvelopeParser::addressList(Lexer &lex)
{
    QList<Address> list;
    if (lex.tryConsumeNil())
        return list;
    lex.expect('(', "expected '(' or NIL for an address list");
    constexpr int Inline = 4;
    Address local[Inline];
    int count = 0;
    while (!lex.tryConsume(')')) {
        if (count == Inline) {
            list.reserve(2 * Inline);
            std::move(local, local + Inline, std::back_inserter(list));
            ++count;
        }
        if (count > Inline)
            list.append(address(lex));
        else
            local[count++] = address(lex);
        lex.tryConsume(' ');
    }
    if (count <= Inline) {
        list.reserve(count);
        std::move(local, local + count, std::back_inserter(list));
    }
    return list;
}

// address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"
Address EnvelopeParser::address(Lexer &lex)
{
    Address a;
    lex.expect('(', "expected '(' to open an address");
    a.name = lex.nstring();
    lex.expectSpace();
    a.adl = lex.nstring();
    lex.expectSpace();
    a.mailbox = lex.nstring();
    lex.expectSpace();
    a.host = lex.nstring();
    lex.expect(')', "expected ')' to close an address");
    return a;
}

} // namespace Kestrel::Imap

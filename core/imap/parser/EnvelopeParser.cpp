#include "imap/parser/EnvelopeParser.h"

#include "imap/parser/ExactSizeList.h"
#include "imap/parser/Lexer.h"

namespace Kestrel::Imap {

void EnvelopeParser::parse(Lexer &lex, Envelope &env)
{
    lex.expect('(', "expected '(' to open ENVELOPE");
    env.date = lex.nstring();
    lex.expectSpace();
    env.subject = lex.nstring();
    lex.expectSpace();
    const qsizetype fromStart = lex.pos();
    env.from = addressList(lex);
    const QByteArrayView fromBytes = lex.view(fromStart, lex.pos());
    lex.expectSpace();
    env.sender = repeatedOrParsed(lex, fromBytes, env.from);
    lex.expectSpace();
    env.replyTo = repeatedOrParsed(lex, fromBytes, env.from);
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
}

// RFC 3501 7.4.2: servers fill sender and reply-to from the From header when those headers are
// absent, so the same bytes usually come three times. Identical bytes parse to the identical list:
// share it (QList is implicitly shared) instead of parsing and allocating it again.
QList<Address> EnvelopeParser::repeatedOrParsed(Lexer &lex, QByteArrayView fromBytes, const QList<Address> &from)
{
    if (fromBytes.size() > 3 && lex.tryConsumeBytes(fromBytes))
        return from;
    return addressList(lex);
}

// "(" 1*address ")" / nil. RFC 3501 puts no space between addresses; some servers do, so a
// space is tolerated. Addresses are filled in place and the list is allocated once (ExactSizeList).
QList<Address> EnvelopeParser::addressList(Lexer &lex)
{
    if (lex.tryConsumeNil())
        return {};
    lex.expect('(', "expected '(' or NIL for an address list");
    ExactSizeList<Address, 4> list;
    while (!lex.tryConsume(')')) {
        address(lex, list.emplace());
        lex.tryConsume(' ');
    }
    return std::move(list).take();
}

// address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"
void EnvelopeParser::address(Lexer &lex, Address &a)
{
    lex.expect('(', "expected '(' to open an address");
    a.name = lex.nstring();
    lex.expectSpace();
    a.adl = lex.nstring();
    lex.expectSpace();
    a.mailbox = lex.nstring();
    lex.expectSpace();
    a.host = lex.nstring();
    lex.expect(')', "expected ')' to close an address");
}

} // namespace Kestrel::Imap

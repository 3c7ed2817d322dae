#pragma once

#include "imap/parser/Frame.h"
#include "imap/parser/ParseError.h"
#include "imap/parser/ParserOptions.h"
#include "imap/parser/Response.h"

namespace Kestrel::Imap {

class Lexer;

struct ParseResult {
    Response response;   // meaningful only when ok()
    ParseError error;
    bool ok() const { return !error.isError(); }
};

// Turns one framed response into a typed Response (RFC 3501 7 / 9, RFC 9051 and extensions).
// Pure and re-entrant: no I/O, no shared state; garbage yields a ParseError, never a crash.
class ResponseParser
{
public:
    explicit ResponseParser(ParserOptions options = ParserOptions());

    const ParserOptions &options() const { return m_options; }
    void setOptions(const ParserOptions &options) { m_options = options; }
    // Call once the server confirmed "ENABLED UTF8=ACCEPT" (RFC 6855 3).
    void setUtf8Accept(bool enabled) { m_options.utf8Accept = enabled; }

    ParseResult parse(const Frame &frame) const;
    // Same, writing into *response (reusing its storage; no moves of large FETCH data). Returns
    // false and fills *error when the frame is malformed; *response is then reset.
    bool parse(const Frame &frame, Response *response, ParseError *error) const;

private:
    void dispatch(Lexer &lex, Response &out) const;
    void untagged(Lexer &lex, Response &out) const;
    void numbered(Lexer &lex, quint32 number, Response &out) const;
    Response named(Lexer &lex, QByteArrayView name, qsizetype nameStart) const;
    Response mailboxData(Lexer &lex, QByteArrayView name) const;
    Response unknown(Lexer &lex, qsizetype nameStart, quint32 number) const;
    Response tagged(Lexer &lex) const;
    Response continuation(Lexer &lex) const;

    ParserOptions m_options;
};

} // namespace Kestrel::Imap

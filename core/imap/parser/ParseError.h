#pragma once

#include <QByteArray>
#include <QString>

namespace Kestrel::Imap {

// What went wrong while framing or parsing server data. Framing errors are fatal for the
// connection (the byte stream can no longer be split into responses reliably); a parse error in
// one well-framed response is not: the next response starts at a known boundary.
enum class ParseErrorCode {
    None,
    // Framing (ResponseFramer)
    LineTooLong,        // a line grew beyond Limits::maxLineLength without CRLF
    LiteralTooLarge,    // a {n} literal announced more than Limits::maxLiteralSize bytes
    ResponseTooLarge,   // line + literals of one response exceed Limits::maxResponseSize
    InvalidLiteral,     // {n} with an unparsable or overflowing size
    TruncatedStream,    // the stream ended in the middle of a response
    // Parsing (ResponseParser)
    UnexpectedEnd,      // the response ended where more data was required
    UnexpectedCharacter,
    InvalidTag,
    UnknownStatus,      // tagged response whose condition is not OK/NO/BAD
    InvalidNumber,      // not a number, or out of range for its field
    InvalidDateTime,
    InvalidMailboxName, // bad modified UTF-7 (RFC 3501 5.1.3) or bad UTF-8 (RFC 6855)
    NestingTooDeep,     // BODYSTRUCTURE / parenthesised data nested beyond the configured depth
    LiteralTruncated,   // literal announces more bytes than the response holds
    TrailingGarbage,    // bytes after a complete response item
};

struct ParseError {
    ParseErrorCode code = ParseErrorCode::None;
    // 1-based line in the stream (every LF counts, including LFs inside literals).
    qint64 line = 0;
    // 0-based byte offset in the stream (since the framer's last reset) where the problem is.
    qint64 offset = 0;
    // Whether the stream must be dropped (framing errors) or just this response skipped.
    bool fatal = false;
    // Short English description for logs, e.g. "expected ')' in ENVELOPE".
    QByteArray detail;

    bool isError() const { return code != ParseErrorCode::None; }
    // "line 3, offset 120: expected ')' in ENVELOPE" — for logs and Error::detail.
    QString toString() const;
};

const char *parseErrorCodeName(ParseErrorCode code);

} // namespace Kestrel::Imap

#pragma once

#include <QString>

namespace Kestrel::Smtp {

// Why a server's byte stream could not be read as SMTP replies (RFC 5321 section 4.2). Every kind is
// fatal for the connection: once a reply is malformed, later replies cannot be matched to commands.
struct SmtpParseError {
    enum class Kind {
        None,
        LineTooLong,      // a line grew beyond Limits::maxLineLength (RFC 5321 4.5.3.1.5 allows 512)
        TooManyLines,     // one multi-line reply has more than Limits::maxLines lines
        MalformedCode,    // the line does not start with a reply code of 2..5, 0..5, 0..9
        BadSeparator,     // the code is followed by something other than SP, "-" or the line end
        InconsistentCode, // a continuation line carries another code than the first line
        TruncatedReply,   // the stream ended inside a reply
    };

    Kind kind = Kind::None;
    qint64 line = 0;   // 1-based line in the stream since the last reset
    qint64 offset = 0; // 0-based byte offset in the stream of the start of that line

    bool isError() const { return kind != Kind::None; }
    // "line 3, offset 120: reply code malformed" — English, for logs and Error::detail.
    QString toString() const;
};

} // namespace Kestrel::Smtp

#pragma once

#include "smtp/SmtpParseError.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Kestrel::Smtp {

// Sans-I/O reader of SMTP replies (RFC 5321 section 4.2): feed it the server's bytes as they arrive,
// take complete replies out with next(). Multi-line replies ("250-a", "250 b") come out as one reply;
// enhanced status codes (RFC 2034, RFC 3463) are split off. Lines may end in CRLF or, leniently, LF.
// Bounded: a line or a reply beyond the limits is an error, never unbounded memory. Once an error is
// reported the parser stays in error until reset(): the stream has lost its framing.
class SmtpReplyParser
{
public:
    struct Limits {
        qsizetype maxLineLength = 4096; // RFC 5321 4.5.3.1.5 says 512; real servers exceed it a little
        int maxLines = 200;             // lines in one multi-line reply (a long EHLO list is ~30)
    };
    enum class Status { NeedMore, Reply, Error };

    SmtpReplyParser() = default;
    explicit SmtpReplyParser(Limits limits);

    void feed(QByteArrayView bytes);
    // Takes the next complete reply out of the buffer.
    Status next(SmtpReply *reply);
    // Called when the stream ends: the error of a reply left incomplete, if any.
    std::optional<SmtpParseError> finish() const;
    void reset();

    const SmtpParseError &error() const { return m_error; }
    // Bytes received but not yet returned in a reply (part of a reply or whole replies not taken yet).
    bool hasPendingData() const { return m_pos < m_buffer.size() || !m_current.lines.isEmpty(); }

private:
    enum class LineResult { Continue, Last, Error };
    LineResult takeLine(QByteArrayView line);
    Status fail(SmtpParseError::Kind kind);
    void compact();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;          // start of the unread part of m_buffer
    qint64 m_consumed = 0;        // stream offset of m_buffer[0]
    qint64 m_lineNumber = 0;      // lines completed so far
    qint64 m_lineOffset = 0;      // stream offset of the line being examined
    SmtpReply m_current;          // the reply being assembled
    SmtpParseError m_error;
};

} // namespace Kestrel::Smtp

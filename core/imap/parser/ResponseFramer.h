#pragma once

#include "imap/parser/Frame.h"
#include "imap/parser/ParseError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace Kestrel::Imap {

struct FramerLimits {
    qint64 maxLineLength = 1024 * 1024;           // one protocol line including CRLF, no literals
    qint64 maxLiteralSize = 64 * 1024 * 1024;     // one literal
    // All lines and literals of one response. One message is one response, and what we fetch of it
    // (the whole message as one literal, or some of its parts, which together are no larger) fits in
    // one literal; the rest (FLAGS, ENVELOPE, BODYSTRUCTURE, header fields) is a few lines. A larger
    // response is a server making us hold memory: 5 x 60 MB literals once reached 255 MiB (transcript 124).
    qint64 maxResponseSize = 80 * 1024 * 1024;
};

// Splits the server byte stream into complete responses (Frame), whatever the chunking of feed().
// Sans-I/O: the owner feeds bytes from its socket and pulls frames.
//
// A response is a line; when the line ends in a literal announcement ({n}, {n+}, ~{n};
// RFC 3501 4.3, RFC 7888, RFC 3516 4.3) the n bytes that follow belong to it, and so does the line
// continuing after them. Limits are checked before anything is buffered for a literal, so a
// hostile server cannot make us allocate a huge literal or an endless line.
//
// Frames share the framer's buffer (no copy per response); see SharedSlice.h.
//
// Note: like other IMAP clients we treat "{n}" at the end of any line as a literal, even in
// free-form resp-text where RFC 3501 would allow it as text. Servers do not send that.
class ResponseFramer
{
public:
    using Limits = FramerLimits;

    enum class Status { Frame, NeedMore, Error };

    explicit ResponseFramer(Limits limits = Limits());

    // Appends bytes. Ignored once an error occurred (until reset()).
    void feed(QByteArrayView bytes);
    // Appends what fill(into, maxBytes) writes at the end of the buffer; fill returns how many bytes it
    // wrote (<= 0: none). The owner reads its socket straight in: feed(socket->readAll()) copied every
    // byte twice more, into a fresh array readAll also grew once per call (issue 8). Ignored like feed().
    void feedFrom(qsizetype maxBytes, const std::function<qint64(char *into, qint64 maxBytes)> &fill);

    // Frame: *frame holds the next response. NeedMore: feed more bytes. Error: see error();
    // the framer stays in error until reset().
    Status next(Frame *frame);

    bool hasError() const { return m_error.isError(); }
    const ParseError &error() const { return m_error; }

    // Call when the connection closed: reports TruncatedStream if a response was left incomplete.
    std::optional<ParseError> finish() const;

    // Forgets buffered bytes and any error; offsets and line numbers restart at 0 / 1.
    void reset();

    const Limits &limits() const { return m_limits; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_frameStart; }
    // The bytes after the last frame handed out (bufferedBytes() of them).
    QByteArray unconsumedBytes() const { return m_buffer.sliced(m_frameStart); }

private:
    bool skipLiteralBytes();
    Status scanLines(Frame *frame);
    bool startLiteralIfAnnounced(qsizetype lineEnd);
    Status emitFrame(qsizetype end, Frame *frame);
    void compact(qsizetype incoming);
    Status fail(ParseErrorCode code, qsizetype bufferPos, const char *detail);

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_frameStart = 0;   // start of the current response in m_buffer
    qsizetype m_lineStart = 0;    // start of the current protocol line in m_buffer
    qsizetype m_scan = 0;         // bytes before this are known not to end the current line
    qint64 m_literalLeft = 0;     // literal bytes still to come
    qint64 m_bufferOffset = 0;    // stream offset of m_buffer[0]
    qint64 m_frameLine = 1;       // stream line number of the current frame's first line
    ParseError m_error;
};

} // namespace Kestrel::Imap

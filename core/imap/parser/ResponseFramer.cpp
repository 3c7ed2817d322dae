#include "imap/parser/ResponseFramer.h"

#include "imap/parser/SharedSlice.h"

#include <algorithm>
#include <cstring>

namespace Kestrel::Imap {

namespace {

// memchr jumps: frames usually hold a single LF, so this beats a byte-wise count.
qint64 countLineFeeds(const char *begin, const char *end)
{
    qint64 count = 0;
    while (begin < end) {
        const void *lf = std::memchr(begin, '\n', static_cast<size_t>(end - begin));
        if (!lf)
            break;
        ++count;
        begin = static_cast<const char *>(lf) + 1;
    }
    return count;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

ResponseFramer::ResponseFramer(Limits limits)
    : m_limits(limits)
{
}

void ResponseFramer::feed(QByteArrayView bytes)
{
    if (hasError() || bytes.isEmpty())
        return;
    compact(bytes.size());
    m_buffer.append(bytes.data(), bytes.size());
}

void ResponseFramer::feedFrom(qsizetype maxBytes, const std::function<qint64(char *, qint64)> &fill)
{
    if (hasError() || maxBytes <= 0)
        return;
    compact(maxBytes);
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + maxBytes); // grows geometrically, and a compacted buffer keeps its capacity
    const qint64 written = fill(m_buffer.data() + before, maxBytes);
    m_buffer.resize(before + qBound<qint64>(0, written, maxBytes));
}

// Drops responses already handed out before more bytes are appended.
// Frames share m_buffer's storage (see emitFrame), so while any frame is alive appending would
// copy the whole buffer: then only the unconsumed tail moves to a fresh buffer. When nobody
// shares it, the consumed prefix is removed in place, and only once it is at least half of the
// buffer, so that feeding byte by byte stays linear.
void ResponseFramer::compact(qsizetype incoming)
{
    const qsizetype tail = m_buffer.size() - m_frameStart;
    if (!m_buffer.isDetached()) {
        QByteArray fresh;
        fresh.reserve(tail + incoming);
        fresh.append(m_buffer.constData() + m_frameStart, tail);
        m_buffer = std::move(fresh);
    } else if (m_frameStart > 0 && m_frameStart * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_frameStart);
    } else {
        return;
    }
    m_bufferOffset += m_frameStart;
    m_lineStart -= m_frameStart;
    m_scan -= m_frameStart;
    m_frameStart = 0;
}

ResponseFramer::Status ResponseFramer::next(Frame *frame)
{
    if (hasError())
        return Status::Error;
    if (m_literalLeft > 0 && !skipLiteralBytes())
        return Status::NeedMore;
    return scanLines(frame);
}

bool ResponseFramer::skipLiteralBytes()
{
    const qint64 available = m_buffer.size() - m_scan;
    const qint64 take = std::min(available, m_literalLeft);
    m_scan += take;
    m_literalLeft -= take;
    if (m_literalLeft > 0)
        return false;
    m_lineStart = m_scan; // the line continues after the literal
    return true;
}

ResponseFramer::Status ResponseFramer::scanLines(Frame *frame)
{
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        const void *lf = m_scan < size ? std::memchr(data + m_scan, '\n', size - m_scan) : nullptr;
        if (!lf) {
            m_scan = size;
            if (size - m_lineStart >= m_limits.maxLineLength)
                return fail(ParseErrorCode::LineTooLong, m_lineStart + m_limits.maxLineLength,
                            "line exceeds the configured maximum length");
            return Status::NeedMore;
        }
        const qsizetype lfPos = static_cast<const char *>(lf) - data;
        if (lfPos + 1 - m_lineStart > m_limits.maxLineLength)
            return fail(ParseErrorCode::LineTooLong, m_lineStart + m_limits.maxLineLength,
                        "line exceeds the configured maximum length");
        if (lfPos + 1 - m_frameStart > m_limits.maxResponseSize)
            return fail(ParseErrorCode::ResponseTooLarge, lfPos, "response exceeds the configured maximum size");
        m_scan = lfPos + 1;
        if (!startLiteralIfAnnounced(lfPos))
            return hasError() ? Status::Error : emitFrame(lfPos + 1, frame);
        if (!skipLiteralBytes())
            return Status::NeedMore;
    }
}

// RFC 3501 4.3: literal = "{" number "}" CRLF *CHAR8; RFC 7888 adds "{" number "+}" and
// RFC 3516 "~{" number "}". Returns true when the line ending at lfPos announces one.
bool ResponseFramer::startLiteralIfAnnounced(qsizetype lfPos)
{
    const char *data = m_buffer.constData();
    qsizetype end = lfPos;
    if (end > m_lineStart && data[end - 1] == '\r')
        --end;
    if (end - m_lineStart < 3 || data[end - 1] != '}')
        return false;
    qsizetype p = end - 2;
    if (data[p] == '+')
        --p;
    const qsizetype lastDigit = p;
    while (p > m_lineStart && isDigit(data[p]))
        --p;
    const qsizetype digits = lastDigit - p;
    if (digits == 0 || data[p] != '{')
        return false;
    if (digits > 18) {
        fail(ParseErrorCode::InvalidLiteral, p, "literal size has too many digits");
        return false;
    }
    qint64 size = 0;
    for (qsizetype i = p + 1; i <= lastDigit; ++i)
        size = size * 10 + (data[i] - '0');
    if (size > m_limits.maxLiteralSize) {
        fail(ParseErrorCode::LiteralTooLarge, p, "literal exceeds the configured maximum size");
        return false;
    }
    if (lfPos + 1 - m_frameStart + size > m_limits.maxResponseSize) {
        fail(ParseErrorCode::ResponseTooLarge, p, "response exceeds the configured maximum size");
        return false;
    }
    m_literalLeft = size;
    return true;
}

// The frame normally shares the buffer's storage: no allocation or copy per response. But a
// small frame must not pin a huge buffer (say, one that also held a 50 MB literal) for as long
// as someone keeps it, so in a large buffer only frames that are a good part of it are shared.
ResponseFramer::Status ResponseFramer::emitFrame(qsizetype end, Frame *frame)
{
    constexpr qsizetype AlwaysShareBelow = 1024 * 1024;
    const qsizetype length = end - m_frameStart;
    const bool share = m_buffer.capacity() <= AlwaysShareBelow || length * 4 >= m_buffer.capacity();
    frame->offset = m_bufferOffset + m_frameStart;
    frame->line = m_frameLine;
    frame->bytes = share ? sharedSlice(m_buffer, m_frameStart, end)
                         : QByteArray(m_buffer.constData() + m_frameStart, length);
    m_frameStart = m_lineStart = m_scan = end;
    m_frameLine += countLineFeeds(frame->bytes.cbegin(), frame->bytes.cend());
    return Status::Frame;
}

ResponseFramer::Status ResponseFramer::fail(ParseErrorCode code, qsizetype bufferPos, const char *detail)
{
    const char *data = m_buffer.constData();
    const qsizetype clamped = std::min(bufferPos, m_buffer.size());
    m_error.code = code;
    m_error.offset = m_bufferOffset + bufferPos;
    m_error.line = m_frameLine + countLineFeeds(data + m_frameStart, data + clamped);
    m_error.fatal = true;
    m_error.detail = QByteArray(detail);
    return Status::Error;
}

std::optional<ParseError> ResponseFramer::finish() const
{
    if (hasError())
        return m_error;
    if (bufferedBytes() == 0)
        return std::nullopt;
    ParseError error;
    error.code = ParseErrorCode::TruncatedStream;
    error.offset = m_bufferOffset + m_buffer.size();
    error.line = m_frameLine + countLineFeeds(m_buffer.cbegin() + m_frameStart, m_buffer.cend());
    error.fatal = true;
    error.detail = m_literalLeft > 0 ? QByteArray("stream ended inside a literal")
                                     : QByteArray("stream ended inside a response");
    return error;
}

void ResponseFramer::reset()
{
    m_buffer = QByteArray();
    m_frameStart = m_lineStart = m_scan = 0;
    m_literalLeft = 0;
    m_bufferOffset = 0;
    m_frameLine = 1;
    m_error = ParseError();
}

} // namespace Kestrel::Imap

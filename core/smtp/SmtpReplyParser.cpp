#include "smtp/SmtpReplyParser.h"

namespace Kestrel::Smtp {
namespace {

// RFC 5321 section 4.2: Reply-code = %x32-35 %x30-35 %x30-39
int replyCode(QByteArrayView line)
{
    if (line.size() < 3)
        return -1;
    const char a = line[0], b = line[1], c = line[2];
    if (a < '2' || a > '5' || b < '0' || b > '5' || c < '0' || c > '9')
        return -1;
    return (a - '0') * 100 + (b - '0') * 10 + (c - '0');
}

} // namespace

SmtpReplyParser::SmtpReplyParser(Limits limits)
    : m_limits(limits)
{
}

void SmtpReplyParser::feed(QByteArrayView bytes)
{
    if (!m_error.isError())
        m_buffer.append(bytes.data(), bytes.size());
}

void SmtpReplyParser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_consumed = 0;
    m_lineNumber = 0;
    m_lineOffset = 0;
    m_current = {};
    m_error = {};
}

SmtpReplyParser::Status SmtpReplyParser::next(SmtpReply *reply)
{
    if (m_error.isError())
        return Status::Error;
    for (;;) {
        m_lineOffset = m_consumed + m_pos;
        const qsizetype lf = m_buffer.indexOf('\n', m_pos);
        if (lf < 0) {
            if (m_buffer.size() - m_pos > m_limits.maxLineLength)
                return fail(SmtpParseError::Kind::LineTooLong);
            compact();
            return Status::NeedMore;
        }
        qsizetype end = lf;
        if (end > m_pos && m_buffer[end - 1] == '\r')
            --end;
        if (end - m_pos > m_limits.maxLineLength)
            return fail(SmtpParseError::Kind::LineTooLong);
        const QByteArrayView line(m_buffer.constData() + m_pos, end - m_pos);
        const LineResult result = takeLine(line);
        if (result == LineResult::Error)
            return Status::Error;
        m_pos = lf + 1;
        ++m_lineNumber;
        if (result == LineResult::Last) {
            *reply = std::exchange(m_current, SmtpReply{});
            return Status::Reply;
        }
    }
}

// One line of a reply: "ddd-text" continues the reply, "ddd text" or "ddd" ends it.
SmtpReplyParser::LineResult SmtpReplyParser::takeLine(QByteArrayView line)
{
    const int code = replyCode(line);
    SmtpParseError::Kind problem = SmtpParseError::Kind::None;
    if (code < 0)
        problem = SmtpParseError::Kind::MalformedCode;
    else if (!m_current.lines.isEmpty() && code != m_current.code)
        problem = SmtpParseError::Kind::InconsistentCode;
    else if (m_current.lines.size() >= m_limits.maxLines)
        problem = SmtpParseError::Kind::TooManyLines;
    else if (line.size() > 3 && line[3] != ' ' && line[3] != '-')
        problem = SmtpParseError::Kind::BadSeparator;
    if (problem != SmtpParseError::Kind::None) {
        fail(problem);
        return LineResult::Error;
    }

    QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    qsizetype used = 0;
    const auto enhanced = EnhancedStatusCode::parse(text, &used);
    // RFC 2034 section 4 / RFC 3463 section 2: the class matches the reply code's first digit.
    if (enhanced && enhanced->codeClass == code / 100) {
        if (m_current.lines.isEmpty())
            m_current.enhanced = *enhanced;
        if (*enhanced == m_current.enhanced)
            text = text.sliced(used);
    }
    m_current.code = code;
    m_current.lines.append(text.toByteArray());
    const bool last = line.size() == 3 || line[3] == ' ';
    return last ? LineResult::Last : LineResult::Continue;
}

std::optional<SmtpParseError> SmtpReplyParser::finish() const
{
    if (m_error.isError())
        return m_error;
    if (!hasPendingData())
        return std::nullopt;
    return SmtpParseError{SmtpParseError::Kind::TruncatedReply, m_lineNumber + 1, m_consumed + m_pos};
}

SmtpReplyParser::Status SmtpReplyParser::fail(SmtpParseError::Kind kind)
{
    m_error = {kind, m_lineNumber + 1, m_lineOffset};
    m_buffer.clear();
    m_pos = 0;
    m_current = {};
    return Status::Error;
}

void SmtpReplyParser::compact()
{
    if (m_pos == 0)
        return;
    m_buffer.remove(0, m_pos);
    m_consumed += m_pos;
    m_pos = 0;
}

} // namespace Kestrel::Smtp

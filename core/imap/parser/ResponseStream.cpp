#include "imap/parser/ResponseStream.h"

namespace Kestrel::Imap {

ResponseStream::ResponseStream(ResponseFramer::Limits limits, ParserOptions options)
    : m_framer(limits)
    , m_parser(options)
{
}

ResponseStream::Status ResponseStream::next(Response *response, ParseError *error)
{
    switch (m_framer.next(&m_lastFrame)) {
    case ResponseFramer::Status::NeedMore:
        return Status::NeedMore;
    case ResponseFramer::Status::Error:
        *error = m_framer.error();
        return Status::Error;
    case ResponseFramer::Status::Frame:
        break;
    }
    return m_parser.parse(m_lastFrame, response, error) ? Status::Response : Status::Error;
}

void ResponseStream::reset()
{
    m_framer.reset();
    m_lastFrame = Frame();
}

} // namespace Kestrel::Imap

#pragma once

#include "imap/parser/ResponseFramer.h"
#include "imap/parser/ResponseParser.h"

namespace Kestrel::Imap {

// ResponseFramer + ResponseParser: bytes in, typed responses out. What an IMAP session holds.
//
//     m_stream.feed(socket->readAll());
//     Response response;
//     ParseError error;
//     for (;;) {
//         const auto status = m_stream.next(&response, &error);
//         if (status == ResponseStream::Status::NeedMore) break;
//         if (status == ResponseStream::Status::Error) { if (error.fatal) drop(); else log(); continue; }
//         dispatch(response);
//     }
class ResponseStream
{
public:
    enum class Status { Response, NeedMore, Error };

    explicit ResponseStream(ResponseFramer::Limits limits = ResponseFramer::Limits(),
                            ParserOptions options = ParserOptions());

    void feed(QByteArrayView bytes) { m_framer.feed(bytes); }

    // Response: *response is set. NeedMore: feed more bytes. Error: *error is set; when
    // error->fatal the framing is lost (call reset() only for a new connection), otherwise only
    // that response was unparsable and next() continues with the following one.
    Status next(Response *response, ParseError *error);

    // The raw bytes of the response last returned (or that failed to parse), for protocol logs
    // and error messages quoting the server.
    const Frame &lastFrame() const { return m_lastFrame; }

    std::optional<ParseError> finish() const { return m_framer.finish(); }
    void reset();

    ResponseFramer &framer() { return m_framer; }
    ResponseParser &parser() { return m_parser; }

private:
    ResponseFramer m_framer;
    ResponseParser m_parser;
    Frame m_lastFrame;
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/parser/ResponseFramer.h"
#include "imap/parser/ResponseParser.h"
#include "imap/parser/ResponseStream.h"
#include "ResponseDump.h"

#include <QByteArray>
#include <QList>

// Test support shared by the IMAP parser tests.
namespace Kestrel::Imap::Test {

// Parses one complete response (bytes must include the final CRLF).
inline ParseResult parseBytes(const QByteArray &bytes, ParserOptions options = ParserOptions())
{
    Frame frame;
    frame.bytes = bytes;
    return ResponseParser(options).parse(frame);
}

// Feeds the chunks in order and returns one dump line per response or error, ending with the
// framer's end-of-stream verdict. Identical output means identical results.
inline QList<QByteArray> runStream(const QList<QByteArray> &chunks,
                                   ResponseFramer::Limits limits = ResponseFramer::Limits())
{
    ResponseStream stream(limits);
    QList<QByteArray> out;
    Response response;
    ParseError error;
    bool dead = false; // after a fatal error the stream is over
    auto drain = [&] {
        while (!dead) {
            const ResponseStream::Status status = stream.next(&response, &error);
            if (status == ResponseStream::Status::NeedMore)
                return;
            out.append(status == ResponseStream::Status::Response ? dump(response) : dump(error));
            dead = status == ResponseStream::Status::Error && error.fatal;
        }
    };
    for (const QByteArray &chunk : chunks) {
        stream.feed(chunk);
        drain();
    }
    const std::optional<ParseError> end = stream.finish();
    out.append(end ? "END " + dump(*end) : QByteArray("END clean"));
    return out;
}

} // namespace Kestrel::Imap::Test

// libFuzzer target: arbitrary server bytes through the SMTP reply parser, fed in chunks whose size
// comes from the input itself, with small limits so that the "line too long" and "too many lines"
// paths are reached too. After an error the parser is reset and fed the rest, as a new connection
// would be: reset() must leave no state behind. Built only in the clang fuzz build.
#include "smtp/SmtpReplyParser.h"

#include <cstddef>
#include <cstdint>

using namespace Kestrel::Smtp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 512;
    limits.maxLines = 16;
    SmtpReplyParser parser(limits);

    const size_t chunk = 1 + data[0] % 64;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    size_t remaining = size - 1;
    SmtpReply reply;
    while (remaining > 0) {
        const size_t n = remaining < chunk ? remaining : chunk;
        parser.feed(QByteArrayView(bytes, qsizetype(n)));
        bytes += n;
        remaining -= n;
        for (;;) {
            const SmtpReplyParser::Status status = parser.next(&reply);
            if (status == SmtpReplyParser::Status::NeedMore)
                break;
            if (status == SmtpReplyParser::Status::Error) {
                (void)parser.error().toString();
                parser.reset();
                break;
            }
            // What the client does with every reply: quote it in a message, test its class.
            (void)reply.toString();
        }
    }
    (void)parser.finish();
    return 0;
}

// libFuzzer target: arbitrary server bytes through the IMAP framer and parser, fed in chunks whose
// sizes come from the input itself, with small limits so that "too large" paths are reached too.
// Built only in the clang fuzz build (scripts/setup makes it in build-fuzz/).
#include "imap/parser/ResponseStream.h"

#include <cstddef>
#include <cstdint>

using namespace Kestrel::Imap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    ResponseFramer::Limits limits;
    limits.maxLineLength = 4096;
    limits.maxLiteralSize = 8192;
    limits.maxResponseSize = 16384;
    ParserOptions options;
    options.utf8Accept = (data[0] & 1) != 0;
    ResponseStream stream(limits, options);

    const size_t chunk = 1 + data[1] % 64;
    const char *bytes = reinterpret_cast<const char *>(data + 2);
    size_t remaining = size - 2;
    Response response;
    ParseError error;
    while (remaining > 0) {
        const size_t n = remaining < chunk ? remaining : chunk;
        stream.feed(QByteArrayView(bytes, qsizetype(n)));
        bytes += n;
        remaining -= n;
        for (;;) {
            const ResponseStream::Status status = stream.next(&response, &error);
            if (status == ResponseStream::Status::NeedMore)
                break;
            if (status == ResponseStream::Status::Error && error.fatal)
                return 0;
        }
    }
    (void)stream.finish();
    return 0;
}

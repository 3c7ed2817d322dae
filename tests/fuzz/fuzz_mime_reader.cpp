// libFuzzer target: an arbitrary message through the reader's MIME path — KMime parsing, the walk
// over the parts, transfer and charset decoding (MessageReader, what 'show-file' and the reader show)
// — and the same bytes through the single-part decoders the cache uses for parts fetched on their own
// (PartDecoder, with the encoding and charset picked from the input), and the first line through the
// header-text decoder and the Date: parser (what the sync makes of an ENVELOPE's strings).
// Built only in the clang fuzz build; KMime itself is linked uninstrumented (see README.md).
#include "mime/HeaderDate.h"
#include "mime/HeaderText.h"
#include "mime/MessageReader.h"
#include "mime/PartDecoder.h"

#include <cstddef>
#include <cstdint>

using namespace Kestrel::Mime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const MessageView view = MessageReader::read(bytes);
    (void)view;

    static const char *const encodings[] = {"base64", "quoted-printable", "x-uuencode", "8bit"};
    static const char *const charsets[] = {"", "utf-8", "iso-8859-1", "koi8-r", "utf-7", "x-unknown", "gb18030", "utf-16"};
    const uint8_t control = size > 0 ? data[0] : 0;
    const QByteArray decoded = PartDecoder::transferDecoded(bytes, encodings[control % 4]);
    (void)PartDecoder::textToUtf8(decoded, charsets[(control >> 2) % 8]);

    const QByteArray firstLine = bytes.left(bytes.indexOf('\n'));
    (void)decodeHeaderText(firstLine);
    (void)parseDateHeader(firstLine);
    return 0;
}

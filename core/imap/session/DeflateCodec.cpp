#include "imap/session/DeflateCodec.h"

#include <zlib.h>

namespace Kestrel::Imap {
namespace {

constexpr int RawDeflateWindowBits = -15; // negative: raw DEFLATE, no zlib header (RFC 4978 4)
constexpr qsizetype ChunkSize = 16 * 1024;

Bytef *input(QByteArrayView bytes)
{
    // zlib's API is not const-correct; it never writes through next_in.
    return reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
}

} // namespace

DeflateCodec::DeflateCodec()
    : m_deflate(std::make_unique<z_stream_s>())
    , m_inflate(std::make_unique<z_stream_s>())
{
    deflateInit2(m_deflate.get(), Z_DEFAULT_COMPRESSION, Z_DEFLATED, RawDeflateWindowBits, 8, Z_DEFAULT_STRATEGY);
    inflateInit2(m_inflate.get(), RawDeflateWindowBits);
}

DeflateCodec::~DeflateCodec()
{
    deflateEnd(m_deflate.get());
    inflateEnd(m_inflate.get());
}

QByteArray DeflateCodec::compress(QByteArrayView plain)
{
    z_stream_s &z = *m_deflate;
    z.next_in = input(plain);
    z.avail_in = static_cast<uInt>(plain.size());
    QByteArray out;
    do {
        const qsizetype used = out.size();
        out.resize(used + ChunkSize);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = static_cast<uInt>(ChunkSize);
        deflate(&z, Z_SYNC_FLUSH);
        out.resize(used + ChunkSize - z.avail_out);
    } while (z.avail_out == 0);
    return out;
}

std::optional<QByteArray> DeflateCodec::decompress(QByteArrayView compressed)
{
    z_stream_s &z = *m_inflate;
    z.next_in = input(compressed);
    z.avail_in = static_cast<uInt>(compressed.size());
    QByteArray out;
    for (;;) {
        const qsizetype used = out.size();
        out.resize(used + ChunkSize);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = static_cast<uInt>(ChunkSize);
        const int status = inflate(&z, Z_SYNC_FLUSH);
        out.resize(used + ChunkSize - z.avail_out);
        if (status == Z_BUF_ERROR)
            break; // no progress possible: all input consumed and all output produced
        if (status != Z_OK || out.size() > MaxInflatedChunk)
            return std::nullopt; // Z_DATA_ERROR, or Z_STREAM_END: the server must never end it
        if (z.avail_in == 0 && z.avail_out != 0)
            break;
    }
    return out;
}

} // namespace Kestrel::Imap

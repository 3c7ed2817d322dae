#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

struct z_stream_s;

namespace Kestrel::Imap {

// The two raw DEFLATE streams of COMPRESS=DEFLATE (RFC 4978 4; RFC 1951 without zlib or gzip
// headers): one compressing what we send, one inflating what we receive.
class DeflateCodec
{
public:
    // Inflated output of one received chunk is capped; a decompression bomb fails instead of
    // allocating gigabytes (the framer's own limits would refuse it later anyway).
    static constexpr qsizetype MaxInflatedChunk = 256 * 1024 * 1024;

    DeflateCodec();
    ~DeflateCodec();
    DeflateCodec(const DeflateCodec &) = delete;
    DeflateCodec &operator=(const DeflateCodec &) = delete;

    // Compresses and flushes (Z_SYNC_FLUSH), so the server can act on every command at once
    // (RFC 4978 4: "the client MUST flush ... after each command").
    QByteArray compress(QByteArrayView plain);
    // Everything the bytes decode to; nullopt when the stream is corrupt.
    std::optional<QByteArray> decompress(QByteArrayView compressed);

private:
    std::unique_ptr<z_stream_s> m_deflate;
    std::unique_ptr<z_stream_s> m_inflate;
};

} // namespace Kestrel::Imap

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Kestrel::Mime {

// Decodes one MIME part fetched on its own (IMAP BODY[section] / BINARY[section]), as the cache keeps
// it: attachments as their original bytes, body text as UTF-8 for display and search.
class PartDecoder
{
public:
    // Removes a Content-Transfer-Encoding (RFC 2045 6): base64, quoted-printable, x-uuencode. 7bit,
    // 8bit, binary and unknown encodings are returned as they are (RFC 2045 6.4: an unknown encoding
    // means "treat as application/octet-stream", and the bytes are all we have).
    static QByteArray transferDecoded(const QByteArray &raw, QByteArrayView encoding);
    // Text in `charset` (CharsetText's rules for missing or wrong labels) as UTF-8 with LF line ends.
    static QByteArray textToUtf8(const QByteArray &decoded, QByteArrayView charset);
};

} // namespace Kestrel::Mime

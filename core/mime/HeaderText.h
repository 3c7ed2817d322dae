#pragma once

#include <QByteArray>
#include <QString>

namespace Kestrel::Mime {

// Decodes a raw header value as it comes off the wire (IMAP ENVELOPE strings, unparsed header lines):
// RFC 2047 encoded-words in any charset KMime/Qt knows, and raw 8-bit text that is not valid UTF-8
// read with `fallbackCharset` (callers pass the message's body charset or a detected one).
QString decodeHeaderText(const QByteArray &raw, const QByteArray &fallbackCharset = QByteArrayLiteral("ISO-8859-1"));

} // namespace Kestrel::Mime

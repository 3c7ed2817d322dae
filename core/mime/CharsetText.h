#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Kestrel::Mime {

// Text in a declared charset, as mail really labels it:
//  - no charset or "us-ascii" (RFC 2046 4.1.2's default, which old mailers use for any 8-bit text):
//    UTF-8 when the bytes are valid UTF-8, else `fallback`;
//  - "iso-8859-1" is read as windows-1252, its superset (what the WHATWG encoding standard does,
//    because Windows mailers put curly quotes in 0x80-0x9F and still say Latin-1);
//  - a charset Qt/ICU does not know ("unknown-8bit", typos): as with no charset.
QString decodeCharset(const QByteArray &bytes, QByteArrayView charset,
                      QByteArrayView fallback = "windows-1252");

} // namespace Kestrel::Mime

#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Kestrel::Mime {

// The instant a Date: header value names (RFC 5322 3.3, with the obsolete forms of 4.3), as raw bytes off
// the wire (an IMAP ENVELOPE's date string). Invalid when it names no real date.
QDateTime parseDateHeader(const QByteArray &raw);

} // namespace Kestrel::Mime

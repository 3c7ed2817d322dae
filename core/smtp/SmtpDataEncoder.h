#pragma once

#include <QByteArray>

namespace Kestrel::Smtp {

// Turns message bytes into what goes after DATA (RFC 5321 section 4.1.1.4 and 4.5.2): every line ends
// in CRLF (lone LF or CR become CRLF, RFC 5321 section 2.3.8), a line that starts with "." gets a
// second one, and the terminating ".\r\n" follows. Also answers what the message needs from the
// server: 8BITMIME for 8-bit octets (RFC 6152), SMTPUTF8 for UTF-8 in the header (RFC 6531/6532).
class SmtpDataEncoder
{
public:
    // CRLF everywhere; a final line without a line end gets one. What the server stores.
    static QByteArray normalizeLineEndings(const QByteArray &message);
    // Dot-stuffs already normalised bytes and appends the end-of-data line.
    static QByteArray dotStuff(const QByteArray &normalized);
    // normalizeLineEndings + dotStuff.
    static QByteArray encode(const QByteArray &message);

    static bool hasEightBitOctets(const QByteArray &bytes);
    // Whether the header section (up to the first empty line) holds octets above 127.
    static bool headerHasEightBitOctets(const QByteArray &message);
};

} // namespace Kestrel::Smtp

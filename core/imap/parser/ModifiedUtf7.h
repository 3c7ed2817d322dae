#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Kestrel::Imap {

// Mailbox name encoding of RFC 3501 5.1.3 ("modified UTF-7"): printable US-ASCII stands for
// itself except '&', which is written "&-"; everything else is UTF-16BE in a base64 variant
// (',' instead of '/', no padding) between '&' and '-'.
class ModifiedUtf7
{
public:
    struct DecodeResult {
        QString text;
        bool ok = false;
        qsizetype errorOffset = -1;   // byte offset into the input of the first problem
        const char *error = nullptr;  // static English description
    };

    static QByteArray encode(const QString &name);
    // Strict: rejects bytes outside 0x20..0x7e, bad base64, unterminated shifts, non-zero
    // padding bits, lone surrogates and base64-encoded printable ASCII.
    static DecodeResult decode(QByteArrayView encoded);
};

} // namespace Kestrel::Imap

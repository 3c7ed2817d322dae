#include "mime/PartDecoder.h"

#include "mime/CharsetText.h"

#include <KCodecs>

namespace Kestrel::Mime {
namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') // RFC 2045 6.7 asks for upper case; robust readers take both
        return c - 'a' + 10;
    return -1;
}

// RFC 2045 6.7. KCodecs' decoder turns hard line breaks into LF, but a quoted-printable attachment's
// original bytes have CRLF there (the canonical form), and a saved attachment must be those bytes.
QByteArray quotedPrintableDecoded(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in.at(i);
        if (c == ' ' || c == '\t') { // rule 3: whitespace at the end of a line was added in transport
            qsizetype end = i;
            while (end < n && (in.at(end) == ' ' || in.at(end) == '\t'))
                ++end;
            if (end == n || in.at(end) == '\r' || in.at(end) == '\n') {
                i = end - 1;
                continue;
            }
            out.append(in.mid(i, end - i));
            i = end - 1;
            continue;
        }
        if (c != '=') {
            out.append(c);
            continue;
        }
        qsizetype next = i + 1;
        while (next < n && (in.at(next) == ' ' || in.at(next) == '\t'))
            ++next;
        if (next == n || in.at(next) == '\r' || in.at(next) == '\n') { // soft line break
            if (next < n && in.at(next) == '\r')
                ++next;
            if (next < n && in.at(next) == '\n')
                ++next;
            i = next - 1;
            continue;
        }
        const int high = i + 2 < n ? hexValue(in.at(i + 1)) : -1;
        const int low = high >= 0 ? hexValue(in.at(i + 2)) : -1;
        if (low < 0) {
            out.append(c); // not an escape: kept as it is (RFC 2045 6.7, note 1)
            continue;
        }
        out.append(char(high * 16 + low));
        i += 2;
    }
    return out;
}

} // namespace

QByteArray PartDecoder::transferDecoded(const QByteArray &raw, QByteArrayView encoding)
{
    const QByteArray name = encoding.toByteArray().trimmed().toLower();
    if (name == "base64")
        return KCodecs::base64Decode(raw);
    if (name == "quoted-printable")
        return quotedPrintableDecoded(raw);
    if (name == "x-uuencode" || name == "uuencode" || name == "x-uue")
        return KCodecs::uudecode(raw);
    return raw;
}

QByteArray PartDecoder::textToUtf8(const QByteArray &decoded, QByteArrayView charset)
{
    QString text = decodeCharset(decoded, charset);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text.toUtf8();
}

} // namespace Kestrel::Mime

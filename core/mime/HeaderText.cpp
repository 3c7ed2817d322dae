#include "mime/HeaderText.h"

#include <KCodecs>

#include <QStringDecoder>

namespace Kestrel::Mime {
namespace {

// Bare 8-bit header bytes (RFC 6532 UTF-8, or an old mailer's unlabelled KOI8-R/windows-1251) are
// turned into UTF-8 first, so that only the ASCII encoded-words are left for KCodecs.
QByteArray bareBytesToUtf8(const QByteArray &raw, const QByteArray &fallbackCharset)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(raw);
    if (!utf8.hasError())
        return raw;
    QStringDecoder fallback(fallbackCharset.constData());
    if (!fallback.isValid())
        fallback = QStringDecoder(QStringDecoder::Latin1);
    return QString(fallback.decode(raw)).toUtf8();
}

// Printable ASCII without "=?" holds no encoded-word and no 8-bit byte: it is its own text. Most
// subjects and names are, and skipping the UTF-8 check and KCodecs' scan for them saves most of the
// 14% this function took of an initial sync's parsing thread (perf, 100k messages, issue 8).
bool isPlainText(const QByteArray &raw)
{
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte > 0x7e)
            return false;
    }
    return !raw.contains("=?");
}

} // namespace

QString decodeHeaderText(const QByteArray &raw, const QByteArray &fallbackCharset)
{
    if (isPlainText(raw))
        return QString::fromLatin1(raw);
    QByteArray usedCharset;
    return KCodecs::decodeRFC2047String(bareBytesToUtf8(raw, fallbackCharset), &usedCharset, QByteArrayLiteral("UTF-8"));
}

} // namespace Kestrel::Mime

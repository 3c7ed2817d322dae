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

} // namespace

QString decodeHeaderText(const QByteArray &raw, const QByteArray &fallbackCharset)
{
    QByteArray usedCharset;
    return KCodecs::decodeRFC2047String(bareBytesToUtf8(raw, fallbackCharset), &usedCharset, QByteArrayLiteral("UTF-8"));
}

} // namespace Kestrel::Mime

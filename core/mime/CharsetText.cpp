#include "mime/CharsetText.h"

#include <QStringDecoder>

namespace Kestrel::Mime {
namespace {

bool isUtf8(const QByteArray &bytes, QString &text)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8.decode(bytes);
    return !utf8.hasError();
}

QString withFallback(const QByteArray &bytes, QByteArrayView fallback)
{
    QString text;
    if (isUtf8(bytes, text))
        return text;
    QStringDecoder decoder(fallback.toByteArray().constData());
    if (!decoder.isValid())
        return QString::fromLatin1(bytes);
    return decoder.decode(bytes);
}

} // namespace

QString decodeCharset(const QByteArray &bytes, QByteArrayView charset, QByteArrayView fallback)
{
    const QByteArray name = charset.toByteArray().trimmed().toLower();
    if (name.isEmpty() || name == "us-ascii" || name == "ascii")
        return withFallback(bytes, fallback);
    if (name == "utf-8" || name == "utf8") {
        QString text;
        return isUtf8(bytes, text) ? text : withFallback(bytes, fallback); // mislabelled 8-bit text
    }
    const QByteArray effective = (name == "iso-8859-1" || name == "latin1") ? QByteArrayLiteral("windows-1252") : name;
    QStringDecoder decoder(effective.constData());
    if (!decoder.isValid())
        return withFallback(bytes, fallback);
    return decoder.decode(bytes);
}

} // namespace Kestrel::Mime

#include "mime/CharsetText.h"

#include "mime/charset/CyrillicDetector.h"

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
    // Unlabelled Russian mail is KOI8-R or windows-1251, never the Western fallback.
    const QByteArray cyrillic = CyrillicDetector::detect(bytes);
    QStringDecoder decoder(cyrillic.isEmpty() ? fallback.toByteArray().constData() : cyrillic.constData());
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
    if (name == "iso-8859-1" || name == "latin1" || name == "windows-1252") {
        // Russian mailers that said Latin-1 and meant KOI8-R or windows-1251.
        const QByteArray cyrillic = CyrillicDetector::detect(bytes);
        return QStringDecoder(cyrillic.isEmpty() ? "windows-1252" : cyrillic.constData()).decode(bytes);
    }
    const QByteArray effective = (name == "koi8-r" || name == "windows-1251" || name == "cp1251")
                                     ? CyrillicDetector::checkLabel(bytes, name == "koi8-r" ? name : QByteArrayLiteral("windows-1251"))
                                     : name;
    QStringDecoder decoder(effective.constData());
    if (!decoder.isValid())
        return withFallback(bytes, fallback);
    return decoder.decode(bytes);
}

} // namespace Kestrel::Mime

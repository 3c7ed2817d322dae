#include "mime/charset/CyrillicDetector.h"

#include <QStringDecoder>

namespace Kestrel::Mime {
namespace {

constexpr int MinimumHighBytes = 4;

QString decoded(const QByteArray &bytes, const char *charset)
{
    QStringDecoder decoder(charset);
    return decoder.isValid() ? decoder.decode(bytes) : QString();
}

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

int lowerCaseCyrillic(const QString &text)
{
    int count = 0;
    for (const QChar c : text)
        count += isCyrillic(c) && c.isLower();
    return count;
}

// The shape of Cyrillic in any single-byte charset: many 8-bit bytes, mostly next to each other.
bool looksCyrillic(const QByteArray &bytes)
{
    int high = 0, adjacent = 0, asciiLetters = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = uchar(bytes.at(i));
        if (c < 0x80) {
            asciiLetters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            continue;
        }
        ++high;
        const bool before = i > 0 && uchar(bytes.at(i - 1)) >= 0x80;
        const bool after = i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x80;
        adjacent += before || after;
    }
    return high >= MinimumHighBytes && adjacent * 10 >= high * 7 && high * 10 >= (high + asciiLetters) * 3;
}

} // namespace

int CyrillicDetector::caseBreaks(const QString &text)
{
    int breaks = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar previous = text.at(i - 1), current = text.at(i);
        breaks += isCyrillic(previous) && isCyrillic(current) && previous.isLower() && current.isUpper();
    }
    return breaks;
}

QByteArray CyrillicDetector::detect(const QByteArray &bytes)
{
    if (!looksCyrillic(bytes))
        return {};
    const QString koi8 = decoded(bytes, "KOI8-R");
    const QString cp1251 = decoded(bytes, "windows-1251");
    const int koi8Breaks = caseBreaks(koi8), cp1251Breaks = caseBreaks(cp1251);
    if (koi8Breaks != cp1251Breaks)
        return koi8Breaks < cp1251Breaks ? QByteArrayLiteral("koi8-r") : QByteArrayLiteral("windows-1251");
    // No capitals to tell by: ordinary text is mostly lower case.
    return lowerCaseCyrillic(koi8) > lowerCaseCyrillic(cp1251) ? QByteArrayLiteral("koi8-r") : QByteArrayLiteral("windows-1251");
}

QByteArray CyrillicDetector::checkLabel(const QByteArray &bytes, const QByteArray &label)
{
    const bool koi8 = label == "koi8-r";
    const QByteArray other = koi8 ? QByteArrayLiteral("windows-1251") : QByteArrayLiteral("koi8-r");
    if (!looksCyrillic(bytes))
        return label;
    const int labelled = caseBreaks(decoded(bytes, koi8 ? "KOI8-R" : "windows-1251"));
    const int swapped = caseBreaks(decoded(bytes, koi8 ? "windows-1251" : "KOI8-R"));
    // Only a clear case: all-capital text has no breaks either way and keeps its label.
    return labelled >= 2 && swapped * 4 < labelled ? other : label;
}

} // namespace Kestrel::Mime

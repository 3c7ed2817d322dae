#pragma once

#include <QByteArray>
#include <QString>

namespace Kestrel::Mime {

// Russian mail still arrives in KOI8-R or windows-1251 with no charset, "us-ascii", "iso-8859-1" or
// the other of the two on the label. These tell the cases apart from the bytes:
//  - Cyrillic text in a single-byte charset is mostly 8-bit bytes that stand next to each other
//    (whole words), where Western text has an accented letter here and there among ASCII letters;
//  - KOI8-R and windows-1251 swap upper and lower case (KOI8-R's lower case is 0xC0-0xDF, windows-1251's
//    upper case): read in the wrong one, "Привет" comes out as "пРИВЕТ", an upper-case letter after a
//    lower-case one inside a word, which real text hardly has.
class CyrillicDetector
{
public:
    // "koi8-r" or "windows-1251" when the 8-bit text reads as Cyrillic in it; empty when it does not
    // look Cyrillic at all (then the caller's Western fallback is right).
    static QByteArray detect(const QByteArray &bytes);
    // For text labelled KOI8-R or windows-1251: the other of the two when the label is clearly wrong,
    // else the label.
    static QByteArray checkLabel(const QByteArray &bytes, const QByteArray &label);

    // Words with an upper-case letter right after a lower-case one ("пРИВЕТ"), in decoded text.
    static int caseBreaks(const QString &text);
};

} // namespace Kestrel::Mime

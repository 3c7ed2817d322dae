#include "net/SaslPrep.h"

#include <QList>

namespace Kestrel {
namespace {

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// RFC 3454 table B.1: commonly mapped to nothing.
bool mapsToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D)
        || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

// RFC 3454 table C.1.2: non-ASCII space characters.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F
        || c == 0x3000;
}

bool isProhibited(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:      // C.2.1, C.2.2
    case QChar::Other_PrivateUse:   // C.3
    case QChar::Other_Surrogate:    // C.5
    case QChar::Other_NotAssigned:  // A.1 (unassigned in stored strings)
        return true;
    default:
        return c >= 0xFFFE; // C.4 non-characters at the end of the BMP and beyond the last plane
    }
}

} // namespace

std::optional<QString> SaslPrep::prepare(const QString &text)
{
    if (isPrintableAscii(text))
        return text;
    QString mapped;
    for (const char32_t c : text.toUcs4()) {
        if (mapsToNothing(c))
            continue;
        if (isNonAsciiSpace(c))
            mapped += QLatin1Char(' ');
        else
            mapped += QString::fromUcs4(&c, 1);
    }
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    for (const char32_t c : normalized.toUcs4()) {
        if (isProhibited(c))
            return std::nullopt;
    }
    return normalized;
}

QString SaslPrep::escapeSaslName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('='), QLatin1String("=3D"));
    escaped.replace(QLatin1Char(','), QLatin1String("=2C"));
    return escaped;
}

} // namespace Kestrel

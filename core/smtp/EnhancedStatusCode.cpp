#include "smtp/EnhancedStatusCode.h"

namespace Kestrel::Smtp {
namespace {

// 1*3digit (RFC 3463 section 2, "subject" and "detail"); returns -1 when there is none.
int readNumber(QByteArrayView text, qsizetype *pos)
{
    int value = 0;
    qsizetype digits = 0;
    while (*pos < text.size() && digits < 4 && text[*pos] >= '0' && text[*pos] <= '9') {
        value = value * 10 + (text[*pos] - '0');
        ++*pos;
        ++digits;
    }
    return digits >= 1 && digits <= 3 ? value : -1;
}

} // namespace

QString EnhancedStatusCode::toString() const
{
    if (!isValid())
        return {};
    return QString::number(codeClass) + QLatin1Char('.') + QString::number(subject) + QLatin1Char('.')
         + QString::number(detail);
}

std::optional<EnhancedStatusCode> EnhancedStatusCode::parse(QByteArrayView text, qsizetype *length)
{
    // class = "2" / "4" / "5"
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return std::nullopt;
    qsizetype pos = 2;
    const int subject = readNumber(text, &pos);
    if (subject < 0 || pos >= text.size() || text[pos] != '.')
        return std::nullopt;
    ++pos;
    const int detail = readNumber(text, &pos);
    if (detail < 0)
        return std::nullopt;
    if (pos < text.size()) {
        if (text[pos] != ' ')
            return std::nullopt;
        ++pos;
    }
    if (length)
        *length = pos;
    return EnhancedStatusCode{text[0] - '0', subject, detail};
}

} // namespace Kestrel::Smtp

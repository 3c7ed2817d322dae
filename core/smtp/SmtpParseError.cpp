#include "smtp/SmtpParseError.h"

namespace Kestrel::Smtp {
namespace {

QLatin1String describe(SmtpParseError::Kind kind)
{
    switch (kind) {
    case SmtpParseError::Kind::None: return QLatin1String("no error");
    case SmtpParseError::Kind::LineTooLong: return QLatin1String("reply line too long");
    case SmtpParseError::Kind::TooManyLines: return QLatin1String("too many lines in one reply");
    case SmtpParseError::Kind::MalformedCode: return QLatin1String("reply code malformed");
    case SmtpParseError::Kind::BadSeparator: return QLatin1String("reply code not followed by space or hyphen");
    case SmtpParseError::Kind::InconsistentCode: return QLatin1String("reply code changed within a multi-line reply");
    case SmtpParseError::Kind::TruncatedReply: return QLatin1String("connection ended inside a reply");
    }
    return QLatin1String("unknown error");
}

} // namespace

QString SmtpParseError::toString() const
{
    return QStringLiteral("line %1, offset %2: ").arg(line).arg(offset) + describe(kind);
}

} // namespace Kestrel::Smtp

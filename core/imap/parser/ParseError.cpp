#include "imap/parser/ParseError.h"

namespace Kestrel::Imap {

const char *parseErrorCodeName(ParseErrorCode code)
{
    switch (code) {
    case ParseErrorCode::None: return "None";
    case ParseErrorCode::LineTooLong: return "LineTooLong";
    case ParseErrorCode::LiteralTooLarge: return "LiteralTooLarge";
    case ParseErrorCode::ResponseTooLarge: return "ResponseTooLarge";
    case ParseErrorCode::InvalidLiteral: return "InvalidLiteral";
    case ParseErrorCode::TruncatedStream: return "TruncatedStream";
    case ParseErrorCode::UnexpectedEnd: return "UnexpectedEnd";
    case ParseErrorCode::UnexpectedCharacter: return "UnexpectedCharacter";
    case ParseErrorCode::InvalidTag: return "InvalidTag";
    case ParseErrorCode::UnknownStatus: return "UnknownStatus";
    case ParseErrorCode::InvalidNumber: return "InvalidNumber";
    case ParseErrorCode::InvalidDateTime: return "InvalidDateTime";
    case ParseErrorCode::InvalidMailboxName: return "InvalidMailboxName";
    case ParseErrorCode::NestingTooDeep: return "NestingTooDeep";
    case ParseErrorCode::LiteralTruncated: return "LiteralTruncated";
    case ParseErrorCode::TrailingGarbage: return "TrailingGarbage";
    }
    return "Unknown";
}

QString ParseError::toString() const
{
    return QStringLiteral("line %1, offset %2: %3 (%4)")
        .arg(line)
        .arg(offset)
        .arg(QString::fromUtf8(detail), QString::fromLatin1(parseErrorCodeName(code)));
}

} // namespace Kestrel::Imap

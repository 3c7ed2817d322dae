#pragma once

#include <QDateTime>

namespace Kestrel::Imap {

class Lexer;

// date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE
// (RFC 3501 9), e.g. "17-Jul-1996 02:44:25 -0700". Hand-written for speed (one per FETCH).
class DateTimeParser
{
public:
    // Returns the instant in UTC; the zone offset is applied, not kept.
    static QDateTime parse(Lexer &lex);

    // Days since 1970-01-01 of a proleptic Gregorian date (valid input assumed).
    static qint64 daysFromCivil(int year, int month, int day);
};

} // namespace Kestrel::Imap

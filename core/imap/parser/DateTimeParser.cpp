#include "imap/parser/DateTimeParser.h"

#include "imap/parser/Lexer.h"

namespace Kestrel::Imap {

namespace {

constexpr char s_months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

int monthFromName(const char *p)
{
    char upper[3];
    for (int i = 0; i < 3; ++i)
        upper[i] = (p[i] >= 'a' && p[i] <= 'z') ? static_cast<char>(p[i] - 32) : p[i];
    for (int m = 0; m < 12; ++m) {
        if (s_months[m * 3] == upper[0] && s_months[m * 3 + 1] == upper[1] && s_months[m * 3 + 2] == upper[2])
            return m + 1;
    }
    return 0;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Reads `count` digits at p; -1 if any is not a digit.
int digits(const char *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

struct Fields {
    int day, month, year, hour, minute, second, zoneSign, zoneHours, zoneMinutes;
};

// p points just after the opening quote, at a 26-byte "dd-Mon-yyyy hh:mm:ss +zzzz".
bool readFields(const char *p, Fields &f)
{
    f.day = p[0] == ' ' ? digits(p + 1, 1) : digits(p, 2);
    f.month = p[2] == '-' ? monthFromName(p + 3) : 0;
    f.year = p[6] == '-' ? digits(p + 7, 4) : -1;
    f.hour = p[11] == ' ' ? digits(p + 12, 2) : -1;
    f.minute = p[14] == ':' ? digits(p + 15, 2) : -1;
    f.second = p[17] == ':' ? digits(p + 18, 2) : -1;
    f.zoneSign = p[20] != ' ' ? 0 : p[21] == '+' ? 1 : p[21] == '-' ? -1 : 0;
    f.zoneHours = digits(p + 22, 2);
    f.zoneMinutes = digits(p + 24, 2);
    return f.day >= 1 && f.month >= 1 && f.year >= 0 && f.day <= daysInMonth(f.year, f.month)
        && f.hour >= 0 && f.hour < 24 && f.minute >= 0 && f.minute < 60 && f.second >= 0
        && f.second <= 60 && f.zoneSign != 0 && f.zoneHours >= 0 && f.zoneMinutes >= 0
        && f.zoneMinutes < 60 && p[26] == '"';
}

} // namespace

qint64 DateTimeParser::daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: shift the year to start in March so leap days come last.
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

QDateTime DateTimeParser::parse(Lexer &lex)
{
    constexpr qsizetype quotedLength = 28; // DQUOTE + 26 + DQUOTE
    const qsizetype start = lex.pos();
    const QByteArrayView rest = lex.view(start, lex.frame().size());
    Fields f{};
    qsizetype length = quotedLength;
    bool ok = false;
    if (rest.size() >= quotedLength - 1 && rest[0] == '"') {
        if (rest[2] == '-') {
            // "7-Jul-1996 ...": a one-digit day without the leading space; not RFC 3501, but seen.
            const QByteArray padded = QByteArray(" ") + QByteArray(rest.data() + 1, quotedLength - 2);
            ok = readFields(padded.constData(), f);
            length = quotedLength - 1;
        } else if (rest.size() >= quotedLength) {
            ok = readFields(rest.data() + 1, f);
        }
    }
    if (!ok)
        lex.failAt(start, ParseErrorCode::InvalidDateTime, "invalid INTERNALDATE");
    lex.skip(length);
    const qint64 offsetSeconds = f.zoneSign * (f.zoneHours * 3600 + f.zoneMinutes * 60);
    const qint64 seconds = daysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600
        + f.minute * 60 + f.second - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000, Qt::UTC);
}

} // namespace Kestrel::Imap

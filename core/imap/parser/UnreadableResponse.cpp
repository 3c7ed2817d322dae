#include "imap/parser/UnreadableResponse.h"

namespace Kestrel::Imap {
namespace {

// `prefix` in upper case; IMAP keywords are case-insensitive.
bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != prefix[i])
            return false;
    }
    return true;
}

bool startsWithKeyword(QByteArrayView text, QByteArrayView keyword)
{
    if (!startsWithNoCase(text, keyword))
        return false;
    // The keyword must end there ("FETCHX" is another, unknown, response).
    return text.size() == keyword.size() || text[keyword.size()] == ' ' || text[keyword.size()] == '\r'
        || text[keyword.size()] == '[' || text[keyword.size()] == '(';
}

} // namespace

bool UnreadableResponse::losesData(QByteArrayView frame)
{
    if (!frame.startsWith("* "))
        return false;
    QByteArrayView rest = frame.sliced(2);
    qsizetype digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
        ++digits;
    if (digits > 0 && digits < rest.size() && rest[digits] == ' ') // "* 12 FETCH", "* 3 EXISTS"
        rest = rest.sliced(digits + 1);
    // Not LIST: a folder whose name cannot be decoded (invalid modified UTF-7, raw 8-bit) is left out
    // and the rest of the account still syncs; nothing stored is lost by not showing it.
    for (const QByteArrayView keyword : {QByteArrayView("FETCH"), QByteArrayView("SEARCH"), QByteArrayView("ESEARCH"),
                                         QByteArrayView("STATUS"), QByteArrayView("VANISHED"), QByteArrayView("EXISTS")}) {
        if (startsWithKeyword(rest, keyword))
            return true;
    }
    // A status response whose code carries the folder's identity: "* OK [UIDVALIDITY 0]".
    for (const QByteArrayView condition : {QByteArrayView("OK ["), QByteArrayView("NO ["), QByteArrayView("BAD [")}) {
        if (!startsWithNoCase(rest, condition))
            continue;
        const QByteArrayView code = rest.sliced(condition.size());
        return startsWithKeyword(code, "UIDVALIDITY") || startsWithKeyword(code, "UIDNEXT")
            || startsWithKeyword(code, "HIGHESTMODSEQ");
    }
    return false;
}

} // namespace Kestrel::Imap

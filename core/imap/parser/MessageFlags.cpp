#include "imap/parser/MessageFlags.h"

#include "imap/parser/Lexer.h"

#include <algorithm>

namespace Kestrel::Imap {

SystemFlags systemFlagFromName(QByteArrayView name)
{
    if (name.size() < 2 || name[0] != '\\')
        return {};
    const QByteArrayView rest = name.sliced(1);
    switch (rest.size()) {
    case 1:
        return rest[0] == '*' ? SystemFlag::Wildcard : SystemFlags();
    case 4:
        return keywordEquals(rest, "SEEN") ? SystemFlag::Seen : SystemFlags();
    case 5:
        return keywordEquals(rest, "DRAFT") ? SystemFlag::Draft : SystemFlags();
    case 6:
        return keywordEquals(rest, "RECENT") ? SystemFlag::Recent : SystemFlags();
    case 7:
        if (keywordEquals(rest, "FLAGGED"))
            return SystemFlag::Flagged;
        return keywordEquals(rest, "DELETED") ? SystemFlag::Deleted : SystemFlags();
    case 8:
        return keywordEquals(rest, "ANSWERED") ? SystemFlag::Answered : SystemFlags();
    default:
        return {};
    }
}

bool MessageFlags::contains(QByteArrayView flag) const
{
    if (const SystemFlags f = systemFlagFromName(flag))
        return (system & f) == f;
    return std::any_of(keywords.cbegin(), keywords.cend(), [flag](const QByteArray &k) {
        return k.size() == flag.size() && QByteArrayView(k).compare(flag, Qt::CaseInsensitive) == 0;
    });
}

} // namespace Kestrel::Imap

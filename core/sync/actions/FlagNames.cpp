#include "sync/actions/FlagNames.h"

#include <array>
#include <utility>

namespace Kestrel::Sync {

namespace {

constexpr std::array<std::pair<MessageFlag, const char *>, 5> systemFlags{{
    {MessageFlag::Seen, "\\Seen"},
    {MessageFlag::Answered, "\\Answered"},
    {MessageFlag::Flagged, "\\Flagged"},
    {MessageFlag::Deleted, "\\Deleted"},
    {MessageFlag::Draft, "\\Draft"},
}};

std::optional<MessageFlag> systemFlag(const QString &atom)
{
    for (const auto &[flag, name] : systemFlags) {
        if (atom.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return flag;
    }
    return std::nullopt;
}

// RFC 9051 9: flag-keyword = "$MDNSent" / "$Forwarded" / ... / atom; atom-specials excluded.
bool isKeywordAtom(const QString &word)
{
    if (word.isEmpty() || word.startsWith(QLatin1Char('\\')))
        return false;
    for (const QChar c : word) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F || QStringLiteral("(){%*\"]\\").contains(c))
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> imapFlagFromWord(const QString &word)
{
    const QString bare = word.startsWith(QLatin1Char('\\')) ? word.mid(1) : word;
    if (const auto flag = systemFlag(QLatin1Char('\\') + bare)) {
        for (const auto &[value, name] : systemFlags) {
            if (value == *flag)
                return QString::fromLatin1(name);
        }
    }
    if (isKeywordAtom(word))
        return word;
    return std::nullopt;
}

MessageFlags applyFlagChanges(MessageFlags flags, const QStringList &add, const QStringList &remove)
{
    for (const QString &atom : remove) {
        if (const auto flag = systemFlag(atom))
            flags.system &= ~MessageFlagSet(*flag);
        else
            flags.keywords.removeIf([&](const QString &k) { return k.compare(atom, Qt::CaseInsensitive) == 0; });
    }
    for (const QString &atom : add) {
        if (const auto flag = systemFlag(atom))
            flags.system |= *flag;
        else if (!flags.hasKeyword(atom))
            flags.keywords << atom;
    }
    return flags;
}

} // namespace Kestrel::Sync

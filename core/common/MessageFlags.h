#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

namespace Kestrel {

// The permanent system flags of RFC 9051 2.3.2 (\Recent is session-only and deliberately absent).
// The values are stored in the cache as a bitmask: never renumber them.
enum class MessageFlag : quint8 {
    Seen = 0x01,
    Answered = 0x02,
    Flagged = 0x04,
    Deleted = 0x08,
    Draft = 0x10,
};
Q_DECLARE_FLAGS(MessageFlagSet, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlagSet)

// A message's flags as the server reports them: system flags as a bitmask, keywords ($Forwarded,
// $Junk, NonJunk, ...) as sent. Keywords are IMAP atoms, so they never contain spaces.
struct MessageFlags {
    MessageFlagSet system;
    QStringList keywords;

    bool isSeen() const { return system.testFlag(MessageFlag::Seen); }
    bool hasKeyword(const QString &keyword) const { return keywords.contains(keyword, Qt::CaseInsensitive); }

    friend bool operator==(const MessageFlags &, const MessageFlags &) = default;
};

} // namespace Kestrel

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFlags>
#include <QList>

namespace Kestrel::Imap {

// RFC 3501 2.3.2 system flags, plus "\*" (PERMANENTFLAGS: new keywords may be created).
enum class SystemFlag : quint8 {
    Seen = 0x01,
    Answered = 0x02,
    Flagged = 0x04,
    Deleted = 0x08,
    Draft = 0x10,
    Recent = 0x20,
    Wildcard = 0x40,
};
Q_DECLARE_FLAGS(SystemFlags, SystemFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SystemFlags)

// A flag list as in FETCH FLAGS, * FLAGS and PERMANENTFLAGS.
struct MessageFlags {
    SystemFlags system;
    // Keywords ($Forwarded, NonJunk, ...) and unknown backslash flags, exactly as sent.
    QList<QByteArray> keywords;

    bool isEmpty() const { return !system && keywords.isEmpty(); }
    // Case-insensitive lookup of a system flag ("\\Seen") or keyword.
    bool contains(QByteArrayView flag) const;
    friend bool operator==(const MessageFlags &, const MessageFlags &) = default;
};

// Maps "\\Seen" etc. (case-insensitive) to its SystemFlag; 0 for anything else.
SystemFlags systemFlagFromName(QByteArrayView name);

} // namespace Kestrel::Imap

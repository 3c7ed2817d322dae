#pragma once

#include <QFlags>
#include <QString>

namespace Kestrel {

// The role of a mailbox: RFC 6154 SPECIAL-USE attributes, plus Inbox (RFC 9051 5.1).
// The values are stored in the cache: never renumber them.
enum class SpecialUse : quint8 {
    None = 0,
    Inbox = 1,
    Drafts = 2,
    Sent = 3,
    Trash = 4,
    Junk = 5,
    Archive = 6,
    All = 7,
    Flagged = 8,
};

// LIST attributes other than special use (RFC 9051 7.3.1, RFC 5258). Stored as a bitmask: never renumber.
enum class FolderAttribute : quint16 {
    NoSelect = 0x0001,
    NoInferiors = 0x0002,
    HasChildren = 0x0004,
    HasNoChildren = 0x0008,
    Marked = 0x0010,
    Unmarked = 0x0020,
    NonExistent = 0x0040,
    Remote = 0x0080,
};
Q_DECLARE_FLAGS(FolderAttributes, FolderAttribute)
Q_DECLARE_OPERATORS_FOR_FLAGS(FolderAttributes)

// What the cache must remember to resynchronise a mailbox (RFC 9051 2.3.1.1, RFC 7162 3.1.2.1).
// 0 means "unknown" for each field (and highestModSeq 0: no CONDSTORE).
struct FolderSyncState {
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint64 highestModSeq = 0;
    // The cache held every message below uidNext when this state was stored (a sync of the whole folder
    // proved it by count), so a resync need not count the cache to find older mail missing. False by
    // default: a state made without that proof (a sync window, a new UIDVALIDITY) makes the next sync check.
    bool whole = false;

    friend bool operator==(const FolderSyncState &, const FolderSyncState &) = default;
};

// One mailbox of one account, as LIST / STATUS / SELECT describe it.
struct FolderInfo {
    qint64 id = 0;          // the local cache's id; 0 until stored
    QString accountId;      // AccountSettings::id
    QString name;           // full name, decoded (modified UTF-7 / UTF-8 already turned into text)
    QString delimiter;      // hierarchy delimiter, one character; empty for a flat namespace (NIL)
    SpecialUse role = SpecialUse::None;
    FolderAttributes attributes;
    bool subscribed = false;
    FolderSyncState sync;
    quint32 totalCount = 0;  // as the server last reported (STATUS MESSAGES / EXISTS)
    quint32 unreadCount = 0; // as the server last reported (STATUS UNSEEN)

    bool isSelectable() const
    {
        return !attributes.testFlag(FolderAttribute::NoSelect) && !attributes.testFlag(FolderAttribute::NonExistent);
    }
    // The last hierarchy level: "Work" for "INBOX/Projects/Work".
    QString leafName() const
    {
        return delimiter.isEmpty() ? name : name.section(delimiter, -1);
    }

    friend bool operator==(const FolderInfo &, const FolderInfo &) = default;
};

} // namespace Kestrel

#pragma once

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace Kestrel::Imap {

// Mailbox attributes of LIST / LSUB: RFC 3501 7.2.2, LIST-EXTENDED (RFC 5258 3),
// CHILDREN (RFC 3348) and SPECIAL-USE (RFC 6154 2).
enum class MailboxAttribute : quint32 {
    NoInferiors = 1u << 0,
    NoSelect = 1u << 1,
    Marked = 1u << 2,
    Unmarked = 1u << 3,
    HasChildren = 1u << 4,
    HasNoChildren = 1u << 5,
    NonExistent = 1u << 6,
    Subscribed = 1u << 7,
    Remote = 1u << 8,
    All = 1u << 9,
    Archive = 1u << 10,
    Drafts = 1u << 11,
    Flagged = 1u << 12,
    Junk = 1u << 13,
    Sent = 1u << 14,
    Trash = 1u << 15,
    Important = 1u << 16,  // RFC 8457
};
Q_DECLARE_FLAGS(MailboxAttributes, MailboxAttribute)
Q_DECLARE_OPERATORS_FOR_FLAGS(MailboxAttributes)

// "* LIST (\HasNoChildren \Sent) "/" "Sent" ("CHILDINFO" ("SUBSCRIBED"))"
struct ListResponse {
    bool lsub = false;                     // LSUB rather than LIST
    MailboxAttributes attributes;
    QList<QByteArray> attributeNames;      // every attribute as sent, known or not
    std::optional<char> delimiter;         // nullopt for NIL (flat namespace)
    QString name;                          // decoded (modified UTF-7, or UTF-8 with UTF8=ACCEPT)
    QByteArray rawName;                    // as sent, for use in later commands
    QList<QByteArray> childInfo;           // CHILDINFO extended data (RFC 5258 4), e.g. "SUBSCRIBED"
    QString oldName;                       // OLDNAME extended data (RFC 5465 5.4), if sent

    bool isInbox() const { return name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0; }
};

// "* STATUS "INBOX" (MESSAGES 231 UIDNEXT 44292)" (RFC 3501 7.2.4, RFC 7162 3.1.6, RFC 8438)
struct MailboxStatus {
    QString mailbox;
    QByteArray rawMailbox;
    std::optional<quint32> messages;
    std::optional<quint32> recent;
    std::optional<quint32> uidNext;
    std::optional<quint32> uidValidity;
    std::optional<quint32> unseen;
    std::optional<quint32> deleted;        // RFC 9051 STATUS DELETED
    std::optional<quint64> highestModSeq;
    std::optional<quint64> size;           // RFC 8438 STATUS=SIZE
};

// One namespace of a NAMESPACE response (RFC 2342 5).
struct NamespaceDescriptor {
    QString prefix;
    QByteArray rawPrefix;
    std::optional<char> delimiter;
    // Namespace_Response_Extension: name and its string values, e.g. ("TRANSLATION" ("x")).
    QList<QPair<QByteArray, QList<QByteArray>>> extensions;
};

struct NamespaceResponse {
    QList<NamespaceDescriptor> personal;
    QList<NamespaceDescriptor> otherUsers;
    QList<NamespaceDescriptor> shared;
};

} // namespace Kestrel::Imap

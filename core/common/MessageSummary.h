#pragma once

#include "common/Address.h"
#include "common/MessageFlags.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Kestrel {

// Everything the message list, threading and the reader's header need about one message, as a FETCH
// of UID FLAGS MODSEQ INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE and the References / In-Reply-To
// / List-Id header fields yields it, decoded. Bodies are not here: they are parts (PartInfo), fetched
// on demand.
struct MessageSummary {
    qint64 id = 0;        // the local cache's row id; stable across UIDVALIDITY re-links; 0 until stored
    QString accountId;    // AccountSettings::id
    qint64 folderId = 0;  // FolderInfo::id
    quint32 uid = 0;
    MessageFlags flags;
    quint64 modSeq = 0;   // RFC 7162 MODSEQ; 0 without CONDSTORE
    QDateTime internalDate; // when the server received it (UTC)
    QDateTime sentDate;     // the Date: header; invalid when missing or unparseable
    quint64 size = 0;       // RFC822.SIZE
    QString subject;
    AddressList from;
    AddressList to;
    AddressList cc;
    AddressList bcc;
    AddressList replyTo;
    QString messageId;      // with angle brackets, as in the header: "<abc@example.com>"
    QString inReplyTo;
    QStringList references; // oldest first, each with angle brackets
    QString listId;         // List-Id value (RFC 2919), e.g. "Announcements <announce.example.com>"
    bool hasAttachment = false; // a hint from BODYSTRUCTURE
    QByteArray bodyStructure;   // the parsed BODYSTRUCTURE, serialised by Sync::BodyStructureCodec

    friend bool operator==(const MessageSummary &, const MessageSummary &) = default;
};

} // namespace Kestrel

#pragma once

#include "common/Address.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kestrel {

// One file the user attached. `data` holds the bytes as read when the user attached it, so that a file
// moved or changed afterwards cannot change (or lose) what is sent.
struct OutgoingAttachment {
    QString fileName;  // as the recipient will see it (RFC 2231-encoded when built)
    QString mimeType;  // e.g. "application/pdf"; "message/rfc822" for a message forwarded as attachment
    QByteArray data;

    friend bool operator==(const OutgoingAttachment &, const OutgoingAttachment &) = default;
};

// What the composer (or `kestrel-cli send`) hands down to be built with KMime and sent: the user's
// intent, not yet MIME. Built by core/mime/compose, stored in the outbox by core/send.
struct OutgoingMessage {
    QString accountId;      // AccountSettings::id of the sending account
    Address from;           // the identity chosen in the composer
    AddressList to;
    AddressList cc;
    AddressList bcc;        // goes into the SMTP envelope only, never into the message bytes
    QString subject;
    QString body;           // plain text, LF line ends; the signature already appended
    QList<OutgoingAttachment> attachments;

    // Threading (RFC 5322 section 3.6.4), set for replies and forwards: angle-bracketed ids.
    QString inReplyTo;
    QStringList references;

    // The message this one answers or forwards, so that it gets \Answered or $Forwarded once sent.
    enum class Origin { New, Reply, Forward };
    Origin origin = Origin::New;
    QString originFolder;   // IMAP name of the folder holding the original
    quint32 originUid = 0;

    friend bool operator==(const OutgoingMessage &, const OutgoingMessage &) = default;
};

} // namespace Kestrel

#pragma once

#include "common/OutgoingMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kestrel::Send {

// Where one message stands on its way out. Persisted (outbox.state) BEFORE each irreversible step, so a
// restart after a crash knows what may already have happened:
//   Queued        stored, nothing sent; waits until nextAttempt (after a temporary failure) or now.
//   Sending       an SMTP transaction has begun but the final "." of DATA was not written: nothing can
//                 have been delivered yet, so on restart it is simply sent again.
//   DataCommitted recorded just before the message data and its final "." were written. The 250 may or
//                 may not have arrived. On restart it is NOT sent again (a second delivery is worse than
//                 a lost confirmation): it goes on to the Sent step, which dedups by Message-ID, and the
//                 user is told that delivery could not be confirmed (`note`).
//   Delivered     the server accepted it (250 recorded); the Sent copy and the original's flag are next.
//   Failed        permanently refused (or a part of the recipients refused after the others got it):
//                 waits for the user to retry or delete, `lastError` says why in the server's words.
// Once it is in Sent and the original's flag is queued, the row is removed in the same transaction.
enum class OutboxState { Queued, Sending, DataCommitted, Delivered, Failed };

QString stateName(OutboxState state);
std::optional<OutboxState> stateFromName(const QString &name);

struct OutboxEntry {
    qint64 id = 0;
    QString accountId;
    OutboxState state = OutboxState::Queued;
    QByteArray messageId;       // "<...@domain>", the key that finds the Sent copy
    QString mailFrom;           // SMTP envelope
    QStringList recipients;     // still to deliver to: all at first; after a partial delivery the refused ones
    QByteArray message;         // the built bytes, CRLF; sent and appended exactly as stored
    QString subject;            // for lists
    OutgoingMessage::Origin origin = OutgoingMessage::Origin::New;
    QString originFolder;
    quint32 originUid = 0;
    QDateTime created;
    int attempts = 0;           // failed tries so far
    QDateTime nextAttempt;      // not before this (back-off); invalid: at once
    QString lastError;          // userMessage of the last failure
    QString note;               // something the user should know although it is not a failure
    bool filed = false;         // the Sent copy is there (appended, found, or the server files it)
};

} // namespace Kestrel::Send

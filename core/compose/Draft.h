#pragma once

#include "common/OutgoingMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Kestrel::Compose {

// A message being written. `id` names its local file; `messageId` stays the same across saves, so each
// copy in the server's Drafts folder is the same message; `serverUid` is the copy there now (0: none),
// the one the next save replaces.
struct Draft {
    QString id;
    OutgoingMessage message;
    QDateTime saved;        // UTC
    QByteArray messageId;   // "<...@domain>"; empty until first saved to the server
    QString serverFolder;   // IMAP name of the Drafts folder holding serverUid
    quint32 serverUidValidity = 0;
    quint32 serverUid = 0;
    // A composer window has it open. Still true when Kestrel starts: the window did not close (a
    // crash, a power cut), so the draft is reopened (ComposerLauncher::reopenInterrupted).
    bool open = false;

    friend bool operator==(const Draft &, const Draft &) = default;
};

} // namespace Kestrel::Compose

#pragma once

#include "common/Error.h"
#include "common/MessageSummary.h"
#include "common/PartInfo.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Kestrel {

class Database;

namespace Render {

// What the reader shows of one message, read from the cache only (never the network): the text parts
// chosen by MessageParts (plain preferred, HTML otherwise), the inline parts an HTML body refers to by
// cid:, and the attachment list. `complete` is false when some text part is not cached yet; the
// reader then asks the sync engine for it and shows what it has.
struct MessageContent {
    bool structureKnown = false;      // the cache holds the message's BODYSTRUCTURE
    bool complete = false;            // every text part to show is cached
    bool html = false;                // `body` is HTML (else plain text)
    QString body;                     // the shown text parts, joined
    QHash<QString, QByteArray> inlineParts; // Content-ID (no brackets) -> decoded bytes, cached ones only
    QList<PartInfo> attachments;

    static std::optional<Error> load(Database &database, const MessageSummary &message, MessageContent &content);
};

} // namespace Render
} // namespace Kestrel

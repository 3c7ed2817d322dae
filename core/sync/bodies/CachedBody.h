#pragma once

#include "common/Error.h"
#include "sync/bodies/MessageParts.h"

#include <QString>

#include <optional>

namespace Kestrel {

class Database;

namespace Sync {

// What the cache holds of a message's body, as a reader shows it: from the cache alone (no network, no
// IMAP), so a reader and `kestrel-cli show` can open a message offline. BodyFetcher fills what is missing.
struct CachedBody {
    MessageParts parts;
    QString plainText;       // the shown text/plain parts (UTF-8 decoded), joined by a line break
    QString htmlText;        // the shown text/html parts, joined; NOT sanitised
    QList<PartInfo> missing; // parts needed to show the message (MessageParts::forDisplay) not cached yet

    bool isComplete() const { return missing.isEmpty(); }

    // `body` stays empty when the message is not cached or its structure is not known yet.
    static std::optional<Error> read(Database &database, qint64 messageId, std::optional<CachedBody> &body);
};

} // namespace Sync
} // namespace Kestrel

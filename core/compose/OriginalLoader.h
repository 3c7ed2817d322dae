#pragma once

#include "common/Error.h"
#include "compose/ReplyTemplate.h"

#include <functional>
#include <optional>

class QObject;

namespace Kestrel {

class Database;

namespace Compose {

// Reads what a reply or forward needs of a cached message: its folder's name and its text as the
// reader shows it (HTML turned into plain text). `complete` is false when some text part is not cached
// (the quote then holds what is). Never the network; the raw message (forward as attachment) is read
// too when View Source cached it, else it stays empty and RawMessageFetcher gets it from the server.
class OriginalLoader
{
public:
    static std::optional<Error> load(Database &database, const MessageSummary &summary, OriginalMessage &original,
                                     bool &complete);
    // On a pool thread with its own read-only connection; `done` runs on the main thread unless
    // `context` is gone.
    static void loadInBackground(const QString &cachePath, const MessageSummary &summary, QObject *context,
                                 std::function<void(OriginalMessage, bool complete, std::optional<Error>)> done);
};

} // namespace Compose
} // namespace Kestrel

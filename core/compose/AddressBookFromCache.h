#pragma once

#include "common/Address.h"
#include "common/Error.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace Kestrel {

class Database;

namespace Compose {

struct AddressCandidate {
    Address address;
    int uses = 0; // how often it occurs in From, To and Cc of cached messages

    friend bool operator==(const AddressCandidate &, const AddressCandidate &) = default;
};

// The composer's completion candidates: every address in the From, To and Cc columns of the cache,
// most used first. SQLite groups equal column values before anything is decoded, so a 100k-message
// cache costs one pass over three narrow columns (tests/unit/compose measures it).
class AddressBookFromCache
{
public:
    static std::optional<Error> load(Database &database, QList<AddressCandidate> &candidates);
    // Reads on a pool thread with a connection of its own (the GUI thread never waits on the disk);
    // `done` runs on the main (GUI) thread, unless `context` is gone by then.
    static void loadInBackground(const QString &cachePath, QObject *context,
                                 std::function<void(QList<AddressCandidate>, std::optional<Error>)> done);
    // The best `limit` candidates for what the user typed: addresses or names starting with it, or
    // with a word of the name starting with it (case-insensitive), in the order of `candidates`.
    static QList<AddressCandidate> complete(const QList<AddressCandidate> &candidates, const QString &typed,
                                            int limit = 10);
};

} // namespace Compose
} // namespace Kestrel

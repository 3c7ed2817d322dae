#pragma once

#include "cache/MessageListReader.h"
#include "common/Error.h"

#include <QString>

#include <optional>

namespace Kestrel {

class Database;

// The message list's orders other than by date are each served by an index on (folder_id, key, uid),
// made the first time a list is sorted that way and kept from then on. They are not made up front
// (schema version 7 says why): every stored message pays for each index that exists. Without its index
// an order still reads right, but every page of a large folder sorts the whole folder again (a 100k
// folder: 40-120 ms a page, against under 3 ms with the index).
class SortIndexes
{
public:
    // The index serving `column`; empty for the date, whose index always exists (messages_by_date).
    static QString name(MessageSortColumn column);
    static std::optional<Error> exists(Database &db, MessageSortColumn column, bool &present);
    // Makes the index when it is missing. A write that reads every message: a read-write connection, and
    // never the GUI thread (SortIndexBuilder).
    static std::optional<Error> create(Database &db, MessageSortColumn column);
};

} // namespace Kestrel

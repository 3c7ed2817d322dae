#include "cache/SortIndexes.h"

#include "cache/Database.h"
#include "cache/Sql.h"

namespace Kestrel {
namespace {

struct SortIndex {
    const char *name = nullptr; // null: no index of its own (the date)
    const char *key = nullptr;  // the column after folder_id; UID breaks ties, as MessageListReader's ORDER BY does
};

SortIndex sortIndex(MessageSortColumn column)
{
    switch (column) {
    case MessageSortColumn::Subject:
        return {"messages_by_subject", "sort_subject"};
    case MessageSortColumn::From:
        return {"messages_by_from", "sort_from"};
    case MessageSortColumn::Size:
        return {"messages_by_size", "size"};
    case MessageSortColumn::Date:
        break;
    }
    return {};
}

} // namespace

QString SortIndexes::name(MessageSortColumn column)
{
    return QString::fromLatin1(sortIndex(column).name);
}

std::optional<Error> SortIndexes::exists(Database &db, MessageSortColumn column, bool &present)
{
    const QString index = name(column);
    present = index.isEmpty();
    if (present)
        return std::nullopt;
    QVariant count;
    if (auto error = Sql::scalar(db.connection(),
                                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                                 {index}, count))
        return error;
    present = count.toInt() > 0;
    return std::nullopt;
}

std::optional<Error> SortIndexes::create(Database &db, MessageSortColumn column)
{
    const SortIndex index = sortIndex(column);
    if (!index.name)
        return std::nullopt;
    return Sql::run(db.connection(), QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON messages (folder_id, %2, uid)")
                                         .arg(QLatin1String(index.name), QLatin1String(index.key)));
}

} // namespace Kestrel

#pragma once

#include "cache/MessageListReader.h"
#include "common/Error.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <optional>

namespace Kestrel {

// Makes the index a list order needs (SortIndexes) on a thread of its own, with a read-write connection
// of its own, so the GUI thread never waits for the write; built() reports each on the thread that made
// the builder. One index at a time: each reads every message of the cache.
class SortIndexBuilder : public QObject
{
    Q_OBJECT
public:
    explicit SortIndexBuilder(QString cachePath, QObject *parent = nullptr);
    // Waits for an index being made: the job reports to this object.
    ~SortIndexBuilder() override;

    // Starts making the index for `column` unless it is being made already.
    void build(MessageSortColumn column);
    bool isBuilding(MessageSortColumn column) const { return m_building.contains(int(column)); }

signals:
    void built(Kestrel::MessageSortColumn column, const std::optional<Kestrel::Error> &error);

private:
    QString m_cachePath;
    QSet<int> m_building;
    QThreadPool m_pool;
};

} // namespace Kestrel

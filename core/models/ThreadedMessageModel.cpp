#include "models/ThreadedMessageModel.h"

#include "models/MessageCells.h"
#include "models/MessageDragData.h"
#include "models/MessageListModel.h"
#include "cache/Database.h"

#include <QElapsedTimer>

namespace Kestrel {

ThreadedMessageModel::ThreadedMessageModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
    , m_reader(database)
    , m_blocks([this](int blockIndex) { return readBlock(blockIndex); })
{
    m_pool.setMaxThreadCount(1);
}

ThreadedMessageModel::~ThreadedMessageModel()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThreadedMessageModel::setScope(const MessageScope &scope, SpecialUse role)
{
    beginResetModel(); // another folder: nothing of the old tree applies
    m_scope = scope;
    m_folderRole = role;
    m_threads = MessageThreads();
    m_blocks.clear();
    endResetModel();
    startBuild();
}

void ThreadedMessageModel::setFilter(const MessageFilter &filter)
{
    if (filter == m_scope.filter)
        return;
    m_scope.filter = filter;
    refresh();
}

void ThreadedMessageModel::refresh()
{
    startBuild();
}

void ThreadedMessageModel::startBuild()
{
    const quint64 generation = ++m_generation;
    m_building = true;
    m_pool.clear(); // a build not started yet is out of date already
    m_pool.start([this, generation, path = m_database.filePath(), scope = m_scope, order = m_order] {
        QElapsedTimer timer;
        timer.start();
        QList<ThreadLink> links;
        std::optional<Error> error;
        if (!scope.isEmpty()) {
            Database connection; // SQLite connections belong to one thread: this one is the pool's
            error = connection.open(path, Database::Access::ReadOnly);
            if (!error)
                error = ThreadLinkReader(connection).links(scope, order.column, links);
        }
        auto threads = MessageThreads::build(error ? QList<ThreadLink>() : links, order.column, order.order);
        const qint64 ms = timer.elapsed();
        // The destructor waits for this job, so the model is still there to receive the result.
        QMetaObject::invokeMethod(this, [this, generation, threads = std::move(threads), error, ms] {
            showBuilt(generation, threads, error, ms);
        }, Qt::QueuedConnection);
    });
}

void ThreadedMessageModel::showBuilt(quint64 generation, const MessageThreads &threads, const std::optional<Error> &error,
                                     qint64 ms)
{
    if (generation != m_generation)
        return; // the user asked for something else since
    m_building = false;
    if (error)
        emit errorOccurred(*error);
    // Selected and expanded rows are persistent indexes: they follow their message into the new tree.
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : persistent)
        ids << (nodeOf(index) >= 0 ? m_threads.node(nodeOf(index)).id : 0);
    m_threads = threads;
    m_blocks.clear();
    m_lastBuildMs = ms;
    QModelIndexList updated;
    for (qsizetype i = 0; i < persistent.size(); ++i)
        updated << indexOfMessage(ids[i], persistent[i].column());
    changePersistentIndexList(persistent, updated);
    emit layoutChanged();
    emit threadsReady();
}

QList<MessageSummary> ThreadedMessageModel::readBlock(int blockIndex) const
{
    const int first = blockIndex * SummaryBlocks::BlockSize;
    const int end = qMin(m_threads.size(), first + SummaryBlocks::BlockSize);
    QList<qint64> ids;
    QHash<qint64, int> offsets;
    for (int position = first; position < end; ++position) {
        const qint64 id = m_threads.node(m_threads.nodeAtPosition(position)).id;
        offsets.insert(id, position - first);
        ids << id;
    }
    QList<MessageSummary> read;
    if (const auto error = m_reader.summaries(ids, read))
        emit errorOccurred(*error);
    QList<MessageSummary> rows(ids.size());
    for (MessageSummary &row : read)
        rows[offsets.value(row.id)] = std::move(row);
    return rows; // a message deleted since the tree was built stays an empty row until refresh()
}

std::optional<MessageSummary> ThreadedMessageModel::summaryAt(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    if (node < 0 || node >= m_threads.size())
        return std::nullopt;
    const MessageSummary *message = m_blocks.at(m_threads.position(node));
    return message && message->id != 0 ? std::optional(*message) : std::nullopt;
}

QModelIndex ThreadedMessageModel::indexOfMessage(qint64 messageRowId, int column) const
{
    const int node = m_threads.nodeOfId(messageRowId);
    return node < 0 ? QModelIndex() : createIndex(m_threads.node(node).row, column, quintptr(node));
}

QModelIndex ThreadedMessageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= MessageListModel::ColumnCount || parent.column() > 0)
        return {};
    const QList<int> &children = m_threads.childrenOf(nodeOf(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex ThreadedMessageModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parent = m_threads.node(node).parent;
    return parent < 0 ? QModelIndex() : createIndex(m_threads.node(parent).row, 0, quintptr(parent));
}

int ThreadedMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : int(m_threads.childrenOf(nodeOf(parent)).size());
}

int ThreadedMessageModel::columnCount(const QModelIndex &) const
{
    return MessageListModel::ColumnCount;
}

QVariant ThreadedMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == MessageListModel::ThreadSizeRole)
        return m_threads.subtreeSize(nodeOf(index));
    const auto message = summaryAt(index);
    return message ? MessageCells::data(*message, index.column(), role, isOutgoing()) : QVariant();
}

QVariant ThreadedMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? MessageCells::headerData(section, role, isOutgoing()) : QVariant();
}

void ThreadedMessageModel::sort(int column, Qt::SortOrder order)
{
    const MessageOrder wanted = MessageCells::orderFor(column, order);
    if (wanted.column == m_order.column && wanted.order == m_order.order)
        return;
    m_order = wanted;
    refresh();
}

Qt::ItemFlags ThreadedMessageModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractItemModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList ThreadedMessageModel::mimeTypes() const
{
    return {MessageDragData::mimeType()};
}

QMimeData *ThreadedMessageModel::mimeData(const QModelIndexList &indexes) const
{
    return MessageDragData::encode(indexes);
}

} // namespace Kestrel

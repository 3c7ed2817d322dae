#include "models/MessageListModel.h"

#include "models/MessageCells.h"
#include "models/MessageDragData.h"
#include "cache/Database.h"
#include "cache/SortIndexes.h"

namespace Kestrel {

MessageListModel::MessageListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_reader(database)
    , m_indexes(database.filePath())
    , m_blocks([this](int blockIndex) { return readBlock(blockIndex); })
{
    connect(&m_indexes, &SortIndexBuilder::built, this, &MessageListModel::indexBuilt);
}

void MessageListModel::setFolder(qint64 folderId, SpecialUse role)
{
    showScope(folderId == 0 ? QList<qint64>() : QList<qint64>{folderId}, role);
}

void MessageListModel::setFolders(const QList<qint64> &folderIds)
{
    showScope(folderIds, SpecialUse::None);
}

void MessageListModel::showScope(const QList<qint64> &folderIds, SpecialUse role)
{
    beginResetModel();
    m_scope.folderIds = folderIds;
    m_scope.filter = {}; // another folder starts unfiltered, as the filter bar does
    m_folderRole = role;
    resetContents();
    endResetModel();
}

void MessageListModel::setFilter(const MessageFilter &filter)
{
    if (filter == m_scope.filter)
        return;
    m_scope.filter = filter;
    refresh(); // the selected message stays selected when it passes the new filter
}

void MessageListModel::refresh()
{
    // Rows may have come and gone anywhere in the order, so the whole layout changes; persistent
    // indexes (the selection) follow their message (by cache id: UIDs repeat across folders) where it
    // is in a block read after the reload.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex &index : persistent)
        persistentIds << index.data(MessageRowIdRole).toLongLong();
    resetContents();
    QModelIndexList updated;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        int row = -1;
        // Look near the old position first: a refresh usually adds or removes a few rows.
        for (int probe = 0; probe < 2 && row < 0 && m_count > 0; ++probe) {
            m_blocks.load(qBound(0, probe == 0 ? persistent[i].row() : 0, m_count - 1));
            row = m_blocks.find([id = persistentIds[i]](const MessageSummary &m) { return m.id == id; });
        }
        updated << (row >= 0 && row < m_count ? index(row, persistent[i].column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, updated);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MessageListModel::resetContents()
{
    m_blocks.clear();
    m_count = 0;
    if (m_scope.isEmpty())
        return;
    if (const auto error = m_reader.count(m_scope, m_count)) {
        m_count = 0;
        emit errorOccurred(*error);
    }
}

QList<MessageSummary> MessageListModel::readBlock(int blockIndex) const
{
    QList<MessageSummary> rows;
    if (const auto error = m_reader.page(m_scope, m_order, blockIndex * BlockSize, BlockSize, rows))
        emit errorOccurred(*error);
    return rows;
}

std::optional<MessageSummary> MessageListModel::summaryAt(int row) const
{
    const MessageSummary *message = row < m_count ? m_blocks.at(row) : nullptr;
    return message ? std::optional(*message) : std::nullopt;
}

int MessageListModel::cachedRowOfUid(quint32 uid) const
{
    return m_blocks.find([uid](const MessageSummary &m) { return m.uid == uid; });
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageSummary *message = m_blocks.at(index.row());
    return message ? MessageCells::data(*message, index.column(), role, isOutgoing()) : QVariant();
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? MessageCells::headerData(section, role, isOutgoing()) : QVariant();
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    const MessageOrder wanted = MessageCells::orderFor(column, order);
    const bool wasPending = isSortPending();
    m_pendingOrder.reset(); // the latest choice counts, also over one still waiting for its index
    if (wanted.column != m_order.column || wanted.order != m_order.order) {
        if (waitsForIndex(wanted.column))
            m_pendingOrder = wanted;
        else
            applyOrder(wanted);
    }
    if (wasPending != isSortPending())
        emit sortPendingChanged(isSortPending());
}

bool MessageListModel::waitsForIndex(MessageSortColumn column)
{
    if (m_indexed.contains(int(column)))
        return false;
    bool present = false;
    if (const auto error = SortIndexes::exists(m_database, column, present)) {
        emit errorOccurred(*error);
        return false;
    }
    if (present) {
        m_indexed.insert(int(column));
        return false;
    }
    m_indexes.build(column); // for a short list too: the next long one sorted this way needs it
    return m_count > SortWithoutIndexRows;
}

void MessageListModel::indexBuilt(MessageSortColumn column, const std::optional<Error> &error)
{
    if (error)
        emit errorOccurred(*error); // the order still reads right, only each page costs more
    else
        m_indexed.insert(int(column));
    if (!m_pendingOrder || m_pendingOrder->column != column)
        return;
    applyOrder(*std::exchange(m_pendingOrder, std::nullopt));
    emit sortPendingChanged(false);
}

void MessageListModel::applyOrder(const MessageOrder &order)
{
    m_order = order;
    refresh();
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList MessageListModel::mimeTypes() const
{
    return {MessageDragData::mimeType()};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    return MessageDragData::encode(indexes);
}

} // namespace Kestrel

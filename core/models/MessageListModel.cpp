#include "models/MessageListModel.h"

#include "models/DisplayFormat.h"

#include <QLocale>

namespace Kestrel {

MessageListModel::MessageListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(database)
{
}

void MessageListModel::setFolder(qint64 folderId, SpecialUse role)
{
    beginResetModel();
    m_folderId = folderId;
    m_folderRole = role;
    resetContents();
    endResetModel();
}

void MessageListModel::refresh()
{
    // Rows may have come and gone anywhere in the order, so the whole layout changes; persistent
    // indexes (the selection) follow their UID where it is still in a cached block after the reload.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<quint32> persistentUids;
    for (const QModelIndex &index : persistent)
        persistentUids << index.data(UidRole).toUInt();
    const int oldCount = m_count;
    resetContents();
    QModelIndexList updated;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        int row = -1;
        // Look near the old position first: a refresh usually adds or removes a few rows.
        for (int probe = 0; probe < 2 && row < 0; ++probe) {
            const int around = probe == 0 ? persistent[i].row() : 0;
            block(qBound(0, around, qMax(0, m_count - 1)) / BlockSize);
            row = cachedRowOfUid(persistentUids[i]);
        }
        updated << (row >= 0 ? index(row, persistent[i].column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, updated);
    Q_UNUSED(oldCount);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MessageListModel::resetContents()
{
    m_blocks.clear();
    m_recentBlocks.clear();
    m_count = 0;
    if (m_folderId == 0)
        return;
    if (const auto error = m_reader.count(m_folderId, m_count)) {
        m_count = 0;
        emit errorOccurred(*error);
    }
}

std::optional<MessageSummary> MessageListModel::summaryAt(int row) const
{
    const MessageSummary *message = rowAt(row);
    return message ? std::optional(*message) : std::nullopt;
}

int MessageListModel::cachedRowOfUid(quint32 uid) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).uid == uid)
                return it.key() * BlockSize + int(i);
        }
    }
    return -1;
}

const QList<MessageSummary> *MessageListModel::block(int blockIndex) const
{
    auto found = m_blocks.constFind(blockIndex);
    if (found == m_blocks.cend()) {
        QList<MessageSummary> rows;
        if (const auto error = m_reader.page(m_folderId, m_order, blockIndex * BlockSize, BlockSize, rows))
            emit errorOccurred(*error);
        if (m_blocks.size() >= MaxCachedBlocks && !m_recentBlocks.isEmpty())
            m_blocks.remove(m_recentBlocks.takeFirst());
        found = m_blocks.insert(blockIndex, std::move(rows));
    } else {
        m_recentBlocks.removeOne(blockIndex);
    }
    m_recentBlocks.append(blockIndex);
    return &found.value();
}

const MessageSummary *MessageListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<MessageSummary> *rows = block(row / BlockSize);
    const int offset = row % BlockSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
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
    const MessageSummary *message = rowAt(index.row());
    if (!message)
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayData(*message, index.column());
    case Qt::ToolTipRole:
        return index.column() == CorrespondentColumn ? QVariant(DisplayFormat::addressList(
                   m_folderRole == SpecialUse::Sent || m_folderRole == SpecialUse::Drafts ? message->to : message->from))
                                                     : QVariant();
    case UidRole: return message->uid;
    case MessageRowIdRole: return message->id;
    case IsUnreadRole: return !message->flags.isSeen();
    case IsFlaggedRole: return message->flags.system.testFlag(MessageFlag::Flagged);
    case IsAnsweredRole: return message->flags.system.testFlag(MessageFlag::Answered);
    case HasAttachmentRole: return message->hasAttachment;
    case MessageIdRole: return message->messageId;
    case DateTimeRole: return message->internalDate;
    case SizeRole: return message->size;
    default: return {};
    }
}

QString MessageListModel::correspondent(const MessageSummary &message) const
{
    const bool outgoing = m_folderRole == SpecialUse::Sent || m_folderRole == SpecialUse::Drafts;
    const AddressList &people = outgoing ? message.to : message.from;
    return DisplayFormat::shortNames(people);
}

QVariant MessageListModel::displayData(const MessageSummary &message, int column) const
{
    switch (column) {
    case CorrespondentColumn: return correspondent(message);
    case SubjectColumn: return message.subject.isEmpty() ? tr("(no subject)") : message.subject;
    case DateColumn: return DisplayFormat::listDate(message.internalDate, QDateTime::currentDateTime());
    case SizeColumn: return QLocale().formattedDataSize(qint64(message.size), 1, QLocale::DataSizeTraditionalFormat);
    default: return {}; // status and attachment columns are drawn from their roles
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) { // the two narrow symbol columns name themselves in a tooltip only
    case StatusColumn: return role == Qt::ToolTipRole ? tr("Status") : QString();
    case AttachmentColumn: return role == Qt::ToolTipRole ? tr("Attachment") : QString();
    case CorrespondentColumn:
        return m_folderRole == SpecialUse::Sent || m_folderRole == SpecialUse::Drafts ? tr("To") : tr("From");
    case SubjectColumn: return tr("Subject");
    case DateColumn: return tr("Date");
    case SizeColumn: return tr("Size");
    default: return {};
    }
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    MessageOrder wanted{MessageSortColumn::Date, order};
    switch (column) {
    case SubjectColumn: wanted.column = MessageSortColumn::Subject; break;
    case CorrespondentColumn: wanted.column = MessageSortColumn::From; break;
    case SizeColumn: wanted.column = MessageSortColumn::Size; break;
    default: break;
    }
    if (wanted.column == m_order.column && wanted.order == m_order.order)
        return;
    m_order = wanted;
    refresh();
}

} // namespace Kestrel

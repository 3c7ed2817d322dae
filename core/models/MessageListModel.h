#pragma once

#include "cache/MessageListReader.h"
#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"
#include "models/SortIndexBuilder.h"
#include "models/SummaryBlocks.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

namespace Kestrel {

class Database;

// The message list of one folder (or of several: All Inboxes), straight from the cache and lazy:
// rowCount() is one indexed COUNT, rows are read in blocks of BlockSize when a view asks for them and
// kept in a small LRU, so 100k rows cost a few blocks of memory. The quick filter narrows the same SQL.
// Never starts network work (the sync engine fills the cache; call refresh() when it did). Roles are
// semantic (IsUnreadRole, not fonts): delegates decide the look.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, AttachmentColumn, CorrespondentColumn, SubjectColumn, DateColumn, SizeColumn, ColumnCount };
    enum Role {
        UidRole = Qt::UserRole + 1,
        MessageRowIdRole, // the cache's stable id
        IsUnreadRole,
        IsFlaggedRole,
        IsAnsweredRole,
        HasAttachmentRole,
        MessageIdRole,
        DateTimeRole,     // QDateTime of the Date column (arrival date)
        SizeRole,         // bytes, for sorting and tooltips
        FolderIdRole,     // the message's folder (lists over several folders: All Inboxes)
        AccountIdRole,
        ThreadSizeRole,   // threaded list: messages in this message's subtree, itself included
    };
    static constexpr int BlockSize = SummaryBlocks::BlockSize;
    static constexpr int MaxCachedBlocks = SummaryBlocks::MaxCachedBlocks;
    // An order without its index yet (SortIndexes) is shown at once in a list of up to this many rows
    // (a page sorts them all again: ~3 ms at 10k); a longer list keeps its order until the index is made.
    static constexpr int SortWithoutIndexRows = 10000;

    // `database` is a read connection owned by the caller's (GUI) thread.
    explicit MessageListModel(Database &database, QObject *parent = nullptr);

    // Shows a folder; `role` decides whether the correspondent is the sender or, in Sent and Drafts, the
    // recipient. folderId 0 shows nothing.
    void setFolder(qint64 folderId, SpecialUse role = SpecialUse::None);
    // Several folders as one list, in one order across them (All Inboxes); senders are shown.
    void setFolders(const QList<qint64> &folderIds);
    // The quick filter: the list is counted and paged again in SQL, never filtered in memory.
    void setFilter(const MessageFilter &filter);
    const MessageFilter &filter() const { return m_scope.filter; }
    // The single folder shown, or 0 (nothing, or several folders).
    qint64 folderId() const { return m_scope.folderIds.size() == 1 ? m_scope.folderIds.constFirst() : 0; }
    const MessageScope &scope() const { return m_scope; }
    SpecialUse folderRole() const { return m_folderRole; }
    MessageOrder order() const { return m_order; }
    // sort() asked for an order whose index is being made; the rows keep the old order meanwhile.
    bool isSortPending() const { return m_pendingOrder.has_value(); }
    // The cache changed under this folder: count again and drop cached rows, keeping the view's order.
    void refresh();
    std::optional<MessageSummary> summaryAt(int row) const;
    // The row of a UID among the rows already read, or -1 (used to keep selections across refresh()).
    int cachedRowOfUid(quint32 uid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Rows drag onto folders (MessageDragData): moved, or copied with Ctrl.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }

signals:
    // A read from the cache failed; the rows concerned stay empty.
    void errorOccurred(const Kestrel::Error &error) const;
    // isSortPending() changed: a busy indicator for the list while an order waits for its index.
    void sortPendingChanged(bool pending);

private:
    QList<MessageSummary> readBlock(int blockIndex) const;
    void resetContents();
    void showScope(const QList<qint64> &folderIds, SpecialUse role);
    bool isOutgoing() const { return m_folderRole == SpecialUse::Sent || m_folderRole == SpecialUse::Drafts; }
    // True when `column` has no index yet and this list is too long to sort without one; starts making it.
    bool waitsForIndex(MessageSortColumn column);
    void indexBuilt(MessageSortColumn column, const std::optional<Error> &error);
    void applyOrder(const MessageOrder &order);

    Database &m_database;
    MessageListReader m_reader;
    SortIndexBuilder m_indexes;
    QSet<int> m_indexed;                       // columns whose index is known to exist
    std::optional<MessageOrder> m_pendingOrder; // asked for, waiting for its index
    MessageScope m_scope;
    SpecialUse m_folderRole = SpecialUse::None;
    MessageOrder m_order;
    int m_count = 0;
    SummaryBlocks m_blocks;
};

} // namespace Kestrel

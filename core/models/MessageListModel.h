#pragma once

#include "cache/MessageListReader.h"
#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Kestrel {

class Database;

// The message list of one folder, straight from the cache and lazy: rowCount() is one indexed COUNT,
// rows are read in blocks of BlockSize when a view asks for them and kept in a small LRU, so 100k rows
// cost a few blocks of memory. Never starts network work (the sync engine fills the cache; call
// refresh() when it did). Roles are semantic (IsUnreadRole, not fonts): delegates decide the look.
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
    };
    static constexpr int BlockSize = 256;
    static constexpr int MaxCachedBlocks = 64;

    // `database` is a read connection owned by the caller's (GUI) thread.
    explicit MessageListModel(Database &database, QObject *parent = nullptr);

    // Shows a folder; `role` decides whether the correspondent is the sender or, in Sent and Drafts, the
    // recipient. folderId 0 shows nothing.
    void setFolder(qint64 folderId, SpecialUse role = SpecialUse::None);
    qint64 folderId() const { return m_folderId; }
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

signals:
    // A read from the cache failed; the rows concerned stay empty.
    void errorOccurred(const Kestrel::Error &error) const;

private:
    const MessageSummary *rowAt(int row) const;
    const QList<MessageSummary> *block(int blockIndex) const;
    void resetContents();
    QVariant displayData(const MessageSummary &message, int column) const;
    QString correspondent(const MessageSummary &message) const;

    MessageListReader m_reader;
    qint64 m_folderId = 0;
    SpecialUse m_folderRole = SpecialUse::None;
    MessageOrder m_order;
    int m_count = 0;
    mutable QHash<int, QList<MessageSummary>> m_blocks;
    mutable QList<int> m_recentBlocks; // most recently used last
};

} // namespace Kestrel

#pragma once

#include "cache/MessageListReader.h"
#include "cache/MessageScope.h"
#include "cache/ThreadLinkReader.h"
#include "common/Error.h"
#include "common/FolderInfo.h"
#include "models/MessageThreads.h"
#include "models/SummaryBlocks.h"

#include <QAbstractItemModel>
#include <QThreadPool>

#include <optional>

namespace Kestrel {

class Database;

// The message list as conversations (View > Threads): a tree whose columns and roles are those of
// MessageListModel. The tree is built from the narrow thread columns of the whole scope (MessageThreads)
// on a pool thread with a read connection of its own (about half a second for 100k messages: too long
// for the GUI thread); the tree shown stays until the new one is ready (threadsReady). The rows shown
// are read lazily by id on the GUI thread's read connection, in blocks that follow the tree's
// depth-first order. Never starts network work.
class ThreadedMessageModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit ThreadedMessageModel(Database &database, QObject *parent = nullptr);
    ~ThreadedMessageModel() override; // waits for a build in progress (it posts its result here)

    // What to show (a reset); an empty scope shows nothing. `role` as in MessageListModel::setFolder.
    void setScope(const MessageScope &scope, SpecialUse role = SpecialUse::None);
    void setFilter(const MessageFilter &filter);
    const MessageScope &scope() const { return m_scope; }
    // Reads the threads again (new mail, changed flags), keeping selected and expanded messages.
    void refresh();
    bool isBuilding() const { return m_building; }
    std::optional<MessageSummary> summaryAt(const QModelIndex &index) const;
    QModelIndex indexOfMessage(qint64 messageRowId, int column = 0) const;
    int messageCount() const { return m_threads.size(); }
    // How long the last build of the thread tree took (reading the links and linking them), in ms.
    qint64 lastBuildMs() const { return m_lastBuildMs; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
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
    void errorOccurred(const Kestrel::Error &error) const;
    // A requested tree (setScope, setFilter, sort, refresh) is now shown.
    void threadsReady();

private:
    void startBuild();
    void showBuilt(quint64 generation, const MessageThreads &threads, const std::optional<Error> &error, qint64 ms);
    QList<MessageSummary> readBlock(int blockIndex) const;
    int nodeOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : -1; }
    bool isOutgoing() const { return m_folderRole == SpecialUse::Sent || m_folderRole == SpecialUse::Drafts; }

    Database &m_database;
    ThreadLinkReader m_reader;
    MessageScope m_scope;
    SpecialUse m_folderRole = SpecialUse::None;
    MessageOrder m_order;
    MessageThreads m_threads;
    SummaryBlocks m_blocks;
    qint64 m_lastBuildMs = 0;
    QThreadPool m_pool;           // one thread: builds run one after another, the last one counts
    quint64 m_generation = 0;     // of the build last asked for; older results are dropped
    bool m_building = false;
};

} // namespace Kestrel

#include "list/MessageListPane.h"

#include "MessageDelegate.h"
#include "list/QuickFilterBar.h"
#include "models/MessageListModel.h"
#include "models/ThreadedMessageModel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kestrel::Ui {

MessageListPane::MessageListPane(Database &cache, QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new QuickFilterBar)
    , m_view(new QTreeView)
    , m_flat(new MessageListModel(cache, this))
    , m_threads(new ThreadedMessageModel(cache, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);

    m_view->setObjectName(QStringLiteral("messageView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // lets the view lay out 100k rows without measuring each
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Messages"));
    m_view->setItemDelegate(new MessageDelegate(m_view));
    m_view->setAllColumnsShowFocus(true);
    m_view->setDragEnabled(true); // onto a folder: move (Ctrl: copy)
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setModel(m_flat);
    attachModel();
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MessageListModel::DateColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->resizeSection(MessageListModel::StatusColumn, 28);
    header->resizeSection(MessageListModel::AttachmentColumn, 28);
    header->resizeSection(MessageListModel::CorrespondentColumn, 220);
    header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(MessageListModel::DateColumn, 180);
    header->resizeSection(MessageListModel::SizeColumn, 80);

    connect(m_filterBar, &QuickFilterBar::filterChanged, this, &MessageListPane::applyFilter);
    connect(m_threads, &ThreadedMessageModel::threadsReady, this, &MessageListPane::threadsReady);
    // A long list keeps its old order while the new one's index is made (MessageListModel::sort).
    connect(m_flat, &MessageListModel::sortPendingChanged, this, [this](bool pending) {
        if (pending)
            m_view->viewport()->setCursor(Qt::BusyCursor);
        else
            m_view->viewport()->unsetCursor();
    });
}

// setModel() makes a new selection model: the current-row signal is connected again each time.
void MessageListPane::attachModel()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentMessageChanged(summaryAt(current)); });
}

void MessageListPane::showFolder(qint64 folderId, SpecialUse role)
{
    m_filterBar->clear();
    m_scope = MessageScope{folderId == 0 ? QList<qint64>() : QList<qint64>{folderId}, {}};
    m_role = role;
    const QHeaderView *header = m_view->header();
    if (m_threaded) {
        m_threads->setScope(m_scope, role);
    } else {
        m_flat->setFolder(folderId, role);
        m_flat->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void MessageListPane::showFolders(const QList<qint64> &folderIds)
{
    m_filterBar->clear();
    m_scope = MessageScope{folderIds, {}};
    m_role = SpecialUse::None;
    if (m_threaded) {
        m_threads->setScope(m_scope);
    } else {
        m_flat->setFolders(folderIds);
        m_flat->sort(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    }
}

void MessageListPane::setThreaded(bool threaded)
{
    if (threaded == m_threaded)
        return;
    const auto current = currentMessage();
    m_threaded = threaded;
    m_scope.filter = m_filterBar->filter();
    if (threaded) {
        m_threads->sort(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
        m_threads->setScope(m_scope, m_role);
        m_view->setModel(m_threads);
    } else {
        m_flat->setFilter(m_scope.filter);
        m_view->setModel(m_flat);
        m_flat->sort(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    }
    attachModel();
    m_view->setRootIsDecorated(threaded);
    m_view->setTreePosition(threaded ? MessageListModel::SubjectColumn : 0); // the arrows beside the subject
    m_view->setItemsExpandable(threaded);
    m_reselect = current && threaded ? current->id : 0; // once the threads are built
    if (current && !threaded)
        m_view->setCurrentIndex(indexInFlatList(current->id));
}

void MessageListPane::threadsReady()
{
    emit filterApplied(messageCount());
    if (m_reselect == 0)
        return;
    const QModelIndex again = m_threads->indexOfMessage(std::exchange(m_reselect, 0));
    for (QModelIndex up = again.parent(); up.isValid(); up = up.parent())
        m_view->expand(up);
    m_view->setCurrentIndex(again);
    m_view->scrollTo(again);
}

// Where a message is in the flat list: looked for among the rows read so far (the top of the list
// first), as a selection kept across a refresh is; not found, the list starts unselected.
QModelIndex MessageListPane::indexInFlatList(qint64 messageRowId) const
{
    for (int row = 0; row < qMin(m_flat->rowCount(), 4 * MessageListModel::BlockSize); ++row) {
        const QModelIndex index = m_flat->index(row, 0);
        if (index.data(MessageListModel::MessageRowIdRole).toLongLong() == messageRowId)
            return index;
    }
    return {};
}

void MessageListPane::applyFilter(const MessageFilter &filter)
{
    m_scope.filter = filter;
    if (m_threaded) {
        m_threads->setFilter(filter); // counted when the threads are ready
        return;
    }
    m_flat->setFilter(filter);
    emit filterApplied(messageCount());
}

void MessageListPane::refresh()
{
    if (m_threaded)
        m_threads->refresh();
    else
        m_flat->refresh();
}

int MessageListPane::messageCount() const
{
    return m_threaded ? m_threads->messageCount() : m_flat->rowCount();
}

std::optional<MessageSummary> MessageListPane::summaryAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    return m_threaded ? m_threads->summaryAt(index) : m_flat->summaryAt(index.row());
}

std::optional<MessageSummary> MessageListPane::currentMessage() const
{
    return summaryAt(m_view->currentIndex());
}

QList<MessageSummary> MessageListPane::selectedMessages() const
{
    QList<MessageSummary> messages;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const auto message = summaryAt(row))
            messages << *message;
    }
    return messages;
}

bool MessageListPane::selectNextUnread()
{
    // indexBelow walks what the view shows (collapsed threads are passed over as one row).
    QModelIndex at = m_view->currentIndex();
    at = at.isValid() ? m_view->indexBelow(at) : m_view->model()->index(0, 0);
    for (; at.isValid(); at = m_view->indexBelow(at)) {
        if (at.data(MessageListModel::IsUnreadRole).toBool()) {
            m_view->setCurrentIndex(at);
            m_view->scrollTo(at);
            return true;
        }
    }
    return false;
}

} // namespace Kestrel::Ui

#pragma once

#include "cache/MessageScope.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"

#include <QWidget>

#include <optional>

class QTreeView;

namespace Kestrel {
class Database;
class MessageListModel;
class ThreadedMessageModel;
}

namespace Kestrel::Ui {

class QuickFilterBar;

// The message list side of the main window: the quick filter bar over one view that shows either the
// flat list (MessageListModel) or conversations (ThreadedMessageModel). Hides which one is shown from
// the window: it asks for messages by view index here.
class MessageListPane : public QWidget
{
    Q_OBJECT
public:
    explicit MessageListPane(Database &cache, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QuickFilterBar *filterBar() const { return m_filterBar; }
    MessageListModel *flatModel() const { return m_flat; }
    ThreadedMessageModel *threadModel() const { return m_threads; }
    bool isThreaded() const { return m_threaded; }

    // What to list; the quick filter is cleared (a new folder starts unfiltered).
    void showFolder(qint64 folderId, SpecialUse role);
    void showFolders(const QList<qint64> &folderIds);
    void setThreaded(bool threaded);
    // The cache changed: rows are read again, the selection and expanded threads kept.
    void refresh();
    // Messages shown (threads: every message of every thread).
    int messageCount() const;

    std::optional<MessageSummary> summaryAt(const QModelIndex &index) const;
    std::optional<MessageSummary> currentMessage() const;
    QList<MessageSummary> selectedMessages() const;
    // Moves to the next unread message below the current one; false when there is none.
    bool selectNextUnread();

signals:
    void currentMessageChanged(const std::optional<Kestrel::MessageSummary> &message);
    void filterApplied(int messageCount);

private:
    void attachModel();
    void applyFilter(const MessageFilter &filter);
    void threadsReady();
    QModelIndex indexInFlatList(qint64 messageRowId) const;

    QuickFilterBar *m_filterBar = nullptr;
    QTreeView *m_view = nullptr;
    MessageListModel *m_flat = nullptr;
    ThreadedMessageModel *m_threads = nullptr;
    bool m_threaded = false;
    MessageScope m_scope;
    SpecialUse m_role = SpecialUse::None;
    qint64 m_reselect = 0; // the message to select again once the threads are built
};

} // namespace Kestrel::Ui

#pragma once

#include "common/FolderInfo.h"

#include <QObject>

#include <optional>

class QMenu;
class QPoint;
class QTreeView;

namespace Kestrel {
class FolderTreeModel;
}

namespace Kestrel::Ui {

class FolderCommands;
class MainWindowActions;

// The folder tree's menus: the window's Folder menu and the tree's context menu share the same
// actions (MainWindowActions: New, Rename, Delete, Mark Folder Read, Subscribe, Unsubscribe) and act
// on the current folder through FolderCommands. Rename and Delete are offered for the user's own
// folders only. Subscribe and Unsubscribe are both offered: the sync's LIST does not ask for the
// subscription state (no RETURN (SUBSCRIBED)), so the cache cannot say which one applies.
class FolderMenu : public QObject
{
    Q_OBJECT
public:
    FolderMenu(QTreeView *view, FolderTreeModel *model, MainWindowActions *actions, FolderCommands *commands);

    void addActionsTo(QMenu *menu) const;
    std::optional<FolderInfo> currentFolder() const;
    // The context menu of the folder at `position` (viewport coordinates); returns it, for tests.
    QMenu *showContextMenu(const QPoint &position);

private:
    void newFolder();
    void markRead();
    QString delimiterAt() const;

    QTreeView *m_view = nullptr;
    FolderTreeModel *m_model = nullptr;
    MainWindowActions *m_actions = nullptr;
    FolderCommands *m_commands = nullptr;
};

} // namespace Kestrel::Ui

#pragma once

#include "common/FolderInfo.h"
#include "sync/UserAction.h"

#include <QObject>

class QWidget;

namespace Kestrel::Ui {

// The folder tree's commands: new, rename, delete (after a confirmation), mark all read, subscribe and
// unsubscribe. Each asks
// what it needs in a non-modal dialog (nothing waits on the user), checks the answer, and goes down
// as a Sync::UserAction like every change the user makes (actionRequested).
class FolderCommands : public QObject
{
    Q_OBJECT
public:
    explicit FolderCommands(QWidget *dialogParent);

    // A folder under `parent` (a folder), or at the top of the account when `parent` has no name.
    void newFolder(const QString &accountId, const FolderInfo &parent, const QString &delimiter);
    void renameFolder(const FolderInfo &folder);
    void deleteFolder(const FolderInfo &folder);
    void markAllRead(const FolderInfo &folder);
    void setSubscribed(const FolderInfo &folder, bool subscribed);
    // Whether the folder may be renamed or deleted: not the Inbox nor another special-use folder.
    static bool isUserFolder(const FolderInfo &folder);
    // Why `name` cannot be a folder name (empty: it can).
    static QString nameProblem(const QString &name, const QString &delimiter);

signals:
    void actionRequested(const QString &accountId, const Kestrel::Sync::UserAction &action);

private:
    void askName(const QString &title, const QString &label, const QString &initial,
                 const QString &delimiter, std::function<void(const QString &)> accepted);

    QWidget *m_dialogParent = nullptr;
};

} // namespace Kestrel::Ui

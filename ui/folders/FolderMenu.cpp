#include "folders/FolderMenu.h"

#include "MainWindowActions.h"
#include "folders/FolderCommands.h"
#include "models/FolderTreeModel.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>

namespace Kestrel::Ui {

FolderMenu::FolderMenu(QTreeView *view, FolderTreeModel *model, MainWindowActions *actions, FolderCommands *commands)
    : QObject(view)
    , m_view(view)
    , m_model(model)
    , m_actions(actions)
    , m_commands(commands)
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FolderMenu::showContextMenu);
    connect(m_actions->newFolder, &QAction::triggered, this, &FolderMenu::newFolder);
    connect(m_actions->renameFolder, &QAction::triggered, this, [this] {
        if (const auto folder = currentFolder())
            m_commands->renameFolder(*folder);
    });
    connect(m_actions->deleteFolder, &QAction::triggered, this, [this] {
        if (const auto folder = currentFolder())
            m_commands->deleteFolder(*folder);
    });
    connect(m_actions->markFolderRead, &QAction::triggered, this, &FolderMenu::markRead);
    for (const bool subscribe : {true, false}) {
        connect(subscribe ? m_actions->subscribeFolder : m_actions->unsubscribeFolder, &QAction::triggered, this,
                [this, subscribe] {
                    if (const auto folder = currentFolder())
                        m_commands->setSubscribed(*folder, subscribe);
                });
    }
}

void FolderMenu::addActionsTo(QMenu *menu) const
{
    for (QAction *action : {m_actions->newFolder, m_actions->renameFolder, m_actions->deleteFolder, m_actions->markFolderRead})
        menu->addAction(action);
    menu->addSeparator();
    menu->addAction(m_actions->subscribeFolder);
    menu->addAction(m_actions->unsubscribeFolder);
}

std::optional<FolderInfo> FolderMenu::currentFolder() const
{
    return m_model->folder(m_view->currentIndex().data(FolderTreeModel::FolderIdRole).toLongLong());
}

// The current folder's delimiter, or for an account its folders' (one per account in practice).
QString FolderMenu::delimiterAt() const
{
    if (const auto folder = currentFolder(); folder && !folder->delimiter.isEmpty())
        return folder->delimiter;
    const QModelIndex at = m_view->currentIndex();
    for (int row = 0; row < m_model->rowCount(at); ++row) {
        const auto child = m_model->folder(m_model->index(row, 0, at).data(FolderTreeModel::FolderIdRole).toLongLong());
        if (child && !child->delimiter.isEmpty())
            return child->delimiter;
    }
    return QStringLiteral("/");
}

void FolderMenu::newFolder()
{
    const QString accountId = m_view->currentIndex().data(FolderTreeModel::AccountIdRole).toString();
    if (!accountId.isEmpty()) // not All Inboxes: a new folder belongs to one account
        m_commands->newFolder(accountId, currentFolder().value_or(FolderInfo()), delimiterAt());
}

void FolderMenu::markRead()
{
    const QList<qint64> ids = m_view->currentIndex().data(FolderTreeModel::FolderIdsRole).value<QList<qint64>>();
    for (const qint64 id : ids) { // All Inboxes: each Inbox
        if (const auto folder = m_model->folder(id))
            m_commands->markAllRead(*folder);
    }
}

QMenu *FolderMenu::showContextMenu(const QPoint &position)
{
    const QModelIndex at = m_view->indexAt(position);
    if (!at.isValid())
        return nullptr;
    m_view->setCurrentIndex(at);
    const auto folder = currentFolder();
    const bool userFolder = folder && FolderCommands::isUserFolder(*folder);
    m_actions->renameFolder->setEnabled(userFolder);
    m_actions->deleteFolder->setEnabled(userFolder);
    m_actions->newFolder->setEnabled(!at.data(FolderTreeModel::IsUnifiedInboxRole).toBool());
    m_actions->subscribeFolder->setEnabled(folder.has_value());
    m_actions->unsubscribeFolder->setEnabled(folder.has_value());
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("folderContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addActionsTo(menu);
    connect(menu, &QMenu::aboutToHide, this, [this] {
        for (QAction *action : {m_actions->newFolder, m_actions->renameFolder, m_actions->deleteFolder,
                                m_actions->subscribeFolder, m_actions->unsubscribeFolder})
            action->setEnabled(true); // the Folder menu's actions check the folder themselves
    });
    menu->popup(m_view->viewport()->mapToGlobal(position));
    return menu;
}

} // namespace Kestrel::Ui

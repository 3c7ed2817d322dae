#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/FolderInfo.h"
#include "models/MessageDragData.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace Kestrel {

class Database;

// Every account side by side: one top-level node per account (in the user's order), its folders nested
// by their hierarchy delimiter, special-use folders first (Inbox, Drafts, Sent, Archive, Junk, Trash),
// the rest in locale-aware alphabetical order. With two or more accounts an "All Inboxes" node comes
// first and lists every account's Inbox. Once the window has an outbox (setOutboxCount), one "Outbox"
// node comes last, like Thunderbird's Local Folders/Outbox: shared by every account, always there (a
// node that came and went would move the tree under the mouse), its count shown like an unread count. Messages dragged from a list drop onto a folder of their
// account (messagesDropped: the window turns it into a move or copy). Reads the cache; reload() after the sync engine changed
// the folder list or counts. Roles are semantic; the view decides how unread counts look.
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        FolderIdRole = Qt::UserRole + 1, // 0 for account nodes and for parents that are not folders
        AccountIdRole,
        SpecialUseRole,   // int(SpecialUse)
        UnreadCountRole,  // folders: the folder's; accounts: the sum of their folders'
        TotalCountRole,
        IsAccountRole,
        IsSelectableRole,
        FullNameRole,     // the folder's full server name
        IsUnifiedInboxRole, // the "All Inboxes" node
        FolderIdsRole,    // QList<qint64>: the folders a node lists (All Inboxes: every account's Inbox)
        IsSubscribedRole,
        IsOutboxRole,     // the "Outbox" node; UnreadCountRole and TotalCountRole: the messages waiting
    };

    explicit FolderTreeModel(Database &database, QObject *parent = nullptr);
    ~FolderTreeModel() override;

    void setAccounts(const QList<AccountSettings> &accounts);
    // Re-reads every account's folders from the cache. When the same folders are there, only their data
    // changes (dataChanged: expanded and selected folders stay); otherwise a model reset.
    void reload();
    QModelIndex indexOfFolder(qint64 folderId) const;
    QModelIndex unifiedInboxIndex() const;
    // Shows the Outbox node (added on the first call) with this many waiting messages.
    void setOutboxCount(int count);
    QModelIndex outboxIndex() const;
    // The folder's full server name and account, for actions on messages of lists over several folders.
    std::optional<FolderInfo> folder(qint64 folderId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString displayName(const FolderInfo &folder);

signals:
    void errorOccurred(const Kestrel::Error &error) const;
    // Messages of one account were dropped onto `target` (a folder of that account): Move or Copy.
    void messagesDropped(const Kestrel::FolderInfo &target, const QList<Kestrel::DraggedMessage> &messages,
                         Qt::DropAction action);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    std::unique_ptr<Node> buildTree() const;
    static void buildAccount(Node &accountNode, const QList<FolderInfo> &folders);
    static void addUnifiedInbox(Node &root);
    void addOutbox(Node &root) const;
    static bool sameShape(const Node &a, const Node &b);
    void updateInPlace(Node &current, const Node &fresh, const QModelIndex &parent);
    static QVariant unifiedData(const Node &node, int role);
    QVariant outboxData(int role) const;
    const Node *findFolder(qint64 folderId) const;
    std::optional<FolderInfo> dropTarget(const QMimeData *data, const QModelIndex &parent,
                                         QList<DraggedMessage> &messages) const;

    Database &m_database;
    QList<AccountSettings> m_accounts;
    std::unique_ptr<Node> m_root;
    std::optional<int> m_outboxCount; // empty: no outbox, no node
};

} // namespace Kestrel

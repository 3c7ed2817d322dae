#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/FolderInfo.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

namespace Kestrel {

class Database;

// Every account side by side: one top-level node per account (in the user's order), its folders nested
// by their hierarchy delimiter, special-use folders first (Inbox, Drafts, Sent, Archive, Junk, Trash),
// the rest in locale-aware alphabetical order. Reads the cache; reload() after the sync engine changed
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
    };

    explicit FolderTreeModel(Database &database, QObject *parent = nullptr);
    ~FolderTreeModel() override;

    void setAccounts(const QList<AccountSettings> &accounts);
    // Re-reads every account's folders from the cache (a model reset: the folder list is small).
    void reload();
    QModelIndex indexOfFolder(qint64 folderId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString displayName(const FolderInfo &folder);

signals:
    void errorOccurred(const Kestrel::Error &error) const;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    void buildAccount(Node &accountNode, const QList<FolderInfo> &folders);

    Database &m_database;
    QList<AccountSettings> m_accounts;
    std::unique_ptr<Node> m_root;
};

} // namespace Kestrel

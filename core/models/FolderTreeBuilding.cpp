// FolderTreeModel: building the tree from the cache (accounts, their folders, All Inboxes, Outbox).
#include "models/FolderTreeModel.h"

#include "cache/FolderStore.h"
#include "models/FolderTreeNode.h"

#include <QCollator>

#include <algorithm>
#include <functional>

namespace Kestrel {

namespace {

// Special-use folders first, in the order people expect; then the rest alphabetically.
int roleRank(SpecialUse role)
{
    switch (role) {
    case SpecialUse::Inbox: return 0;
    case SpecialUse::Drafts: return 1;
    case SpecialUse::Sent: return 2;
    case SpecialUse::Archive: return 3;
    case SpecialUse::Junk: return 4;
    case SpecialUse::Trash: return 5;
    default: return 10;
    }
}

} // namespace

std::unique_ptr<FolderTreeModel::Node> FolderTreeModel::buildTree() const
{
    auto root = std::make_unique<Node>();
    for (const AccountSettings &account : std::as_const(m_accounts)) {
        auto node = std::make_unique<Node>();
        node->parent = root.get();
        node->row = int(root->children.size());
        node->accountId = account.id;
        node->accountName = account.displayName;
        QList<FolderInfo> folders;
        if (const auto error = FolderStore(m_database).folders(account.id, folders))
            emit errorOccurred(*error);
        buildAccount(*node, folders);
        root->children.push_back(std::move(node));
    }
    addUnifiedInbox(*root);
    addOutbox(*root);
    return root;
}

bool FolderTreeModel::sameShape(const Node &a, const Node &b)
{
    if (a.children.size() != b.children.size())
        return false;
    for (size_t i = 0; i < a.children.size(); ++i) {
        const Node &x = *a.children[i];
        const Node &y = *b.children[i];
        if (x.unified != y.unified || x.outbox != y.outbox || x.accountId != y.accountId || x.segment != y.segment
            || x.folder.has_value() != y.folder.has_value() || (x.folder && x.folder->id != y.folder->id)
            || !sameShape(x, y))
            return false;
    }
    return true;
}

void FolderTreeModel::addOutbox(Node &root) const
{
    if (!m_outboxCount)
        return;
    auto node = std::make_unique<Node>();
    node->parent = &root;
    node->outbox = true;
    node->row = int(root.children.size());
    root.children.push_back(std::move(node));
}

// With one account its Inbox is already at hand; with more, one node lists them all.
void FolderTreeModel::addUnifiedInbox(Node &root)
{
    auto unified = std::make_unique<Node>();
    unified->parent = &root;
    unified->unified = true;
    for (const auto &account : root.children) {
        for (const auto &child : account->children) {
            if (child->folder && child->folder->role == SpecialUse::Inbox) {
                unified->inboxIds << child->folder->id;
                unified->inboxUnread += child->folder->unreadCount;
            }
        }
    }
    if (unified->inboxIds.size() < 2)
        return;
    root.children.insert(root.children.begin(), std::move(unified));
    for (size_t i = 0; i < root.children.size(); ++i)
        root.children[i]->row = int(i);
}

void FolderTreeModel::buildAccount(Node &accountNode, const QList<FolderInfo> &folders)
{
    for (const FolderInfo &folder : folders) {
        const QStringList path = folder.delimiter.isEmpty() ? QStringList{folder.name}
                                                            : folder.name.split(folder.delimiter);
        Node *node = &accountNode;
        for (const QString &segment : path)
            node = node->child(segment);
        node->folder = folder;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::function<void(Node &)> sortChildren = [&](Node &node) {
        std::stable_sort(node.children.begin(), node.children.end(), [&](const auto &a, const auto &b) {
            const int ra = roleRank(a->folder ? a->folder->role : SpecialUse::None);
            const int rb = roleRank(b->folder ? b->folder->role : SpecialUse::None);
            return ra != rb ? ra < rb : collator.compare(a->segment, b->segment) < 0;
        });
        for (size_t i = 0; i < node.children.size(); ++i) {
            node.children[i]->row = int(i);
            sortChildren(*node.children[i]);
        }
    };
    sortChildren(accountNode);
}

} // namespace Kestrel

#pragma once

// FolderTreeModel's node, shared by the files that make up the model (private to core/models).

#include "models/FolderTreeModel.h"

namespace Kestrel {

struct FolderTreeModel::Node {
    Node *parent = nullptr;
    int row = 0;
    QString accountId;
    QString accountName;     // account nodes only
    std::optional<FolderInfo> folder; // empty for accounts and for implied parents
    QString segment;         // this level's name
    bool unified = false;    // the "All Inboxes" node
    bool outbox = false;     // the "Outbox" node
    QList<qint64> inboxIds;  // unified node: the Inboxes it lists
    quint32 inboxUnread = 0; // unified node: their unread messages
    std::vector<std::unique_ptr<Node>> children;

    bool isAccount() const { return parent && !parent->parent && !unified && !outbox; }
    Node *child(const QString &name)
    {
        for (const auto &c : children) {
            if (c->segment == name)
                return c.get();
        }
        children.push_back(std::make_unique<Node>());
        Node *created = children.back().get();
        created->parent = this;
        created->accountId = accountId;
        created->segment = name;
        return created;
    }
    quint32 unreadSum() const
    {
        quint32 sum = folder ? folder->unreadCount : 0;
        for (const auto &c : children)
            sum += c->unreadSum();
        return sum;
    }
};

} // namespace Kestrel

#include "models/FolderTreeModel.h"

#include "models/FolderTreeNode.h"

#include <functional>

namespace Kestrel {

FolderTreeModel::FolderTreeModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_database(database)
    , m_root(std::make_unique<Node>())
{
}

FolderTreeModel::~FolderTreeModel() = default;

void FolderTreeModel::setAccounts(const QList<AccountSettings> &accounts)
{
    m_accounts = accounts;
    reload();
}

void FolderTreeModel::reload()
{
    std::unique_ptr<Node> fresh = buildTree();
    if (sameShape(*m_root, *fresh)) {
        // Only counts or names changed (what a sync does several times a second): update the nodes in
        // place, so the view keeps the folders the user expanded and the one selected; a reset collapsed them.
        updateInPlace(*m_root, *fresh, QModelIndex());
        return;
    }
    beginResetModel();
    m_root = std::move(fresh);
    endResetModel();
}

void FolderTreeModel::updateInPlace(Node &current, const Node &fresh, const QModelIndex &parent)
{
    for (size_t i = 0; i < current.children.size(); ++i) {
        Node &node = *current.children[i];
        const Node &update = *fresh.children[i];
        node.accountName = update.accountName;
        node.folder = update.folder;
        node.inboxIds = update.inboxIds;
        node.inboxUnread = update.inboxUnread;
        updateInPlace(node, update, index(int(i), 0, parent));
    }
    if (!current.children.empty())
        emit dataChanged(index(0, 0, parent), index(int(current.children.size()) - 1, 0, parent));
}

void FolderTreeModel::setOutboxCount(int count)
{
    const bool present = m_outboxCount.has_value();
    if (present && *m_outboxCount == count)
        return;
    if (!present) {
        const int row = int(m_root->children.size());
        beginInsertRows({}, row, row);
        m_outboxCount = count;
        addOutbox(*m_root);
        endInsertRows();
        return;
    }
    m_outboxCount = count;
    const QModelIndex node = outboxIndex();
    emit dataChanged(node, node, {Qt::DisplayRole, UnreadCountRole, TotalCountRole});
}

QModelIndex FolderTreeModel::outboxIndex() const
{
    const bool present = !m_root->children.empty() && m_root->children.back()->outbox;
    return present ? createIndex(m_root->children.back()->row, 0, m_root->children.back().get()) : QModelIndex();
}

QVariant FolderTreeModel::outboxData(int role) const
{
    switch (role) {
    case Qt::DisplayRole: return tr("Outbox");
    case UnreadCountRole: return quint32(m_outboxCount.value_or(0));
    case TotalCountRole: return quint32(m_outboxCount.value_or(0));
    case IsOutboxRole: return true;
    case IsSelectableRole: return true;
    case SpecialUseRole: return int(SpecialUse::None);
    case FolderIdRole: return qint64(0);
    case IsAccountRole: return false;
    case IsUnifiedInboxRole: return false;
    case FolderIdsRole: return QVariant::fromValue(QList<qint64>());
    default: return {};
    }
}

QModelIndex FolderTreeModel::unifiedInboxIndex() const
{
    const bool present = !m_root->children.empty() && m_root->children.front()->unified;
    return present ? createIndex(0, 0, m_root->children.front().get()) : QModelIndex();
}

FolderTreeModel::Node *FolderTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *parentNode = nodeFor(parent);
    if (column != 0 || row < 0 || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, 0, parentNode->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!child.isValid() || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : int(nodeFor(parent)->children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const FolderTreeModel::Node *FolderTreeModel::findFolder(qint64 folderId) const
{
    std::function<const Node *(const Node &)> find = [&](const Node &node) -> const Node * {
        if (node.folder && node.folder->id == folderId)
            return &node;
        for (const auto &c : node.children) {
            if (const Node *found = find(*c))
                return found;
        }
        return nullptr;
    };
    return find(*m_root);
}

QModelIndex FolderTreeModel::indexOfFolder(qint64 folderId) const
{
    const Node *found = findFolder(folderId);
    return found ? createIndex(found->row, 0, const_cast<Node *>(found)) : QModelIndex();
}

std::optional<FolderInfo> FolderTreeModel::folder(qint64 folderId) const
{
    const Node *found = findFolder(folderId);
    return found ? found->folder : std::nullopt;
}

QString FolderTreeModel::displayName(const FolderInfo &folder)
{
    switch (folder.role) { // the server's names vary ("INBOX", "Sent Items"); ours are translated
    case SpecialUse::Inbox: return tr("Inbox");
    case SpecialUse::Drafts: return tr("Drafts");
    case SpecialUse::Sent: return tr("Sent");
    case SpecialUse::Trash: return tr("Trash");
    case SpecialUse::Junk: return tr("Junk");
    case SpecialUse::Archive: return tr("Archive");
    default: return folder.leafName();
    }
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const bool account = node->isAccount();
    if (node->unified)
        return unifiedData(*node, role);
    if (node->outbox)
        return outboxData(role);
    switch (role) {
    case Qt::DisplayRole: return account ? node->accountName : node->folder ? displayName(*node->folder) : node->segment;
    case FolderIdRole: return node->folder ? node->folder->id : 0;
    case AccountIdRole: return node->accountId;
    case SpecialUseRole: return int(node->folder ? node->folder->role : SpecialUse::None);
    case UnreadCountRole: return account ? node->unreadSum() : node->folder ? node->folder->unreadCount : 0u;
    case TotalCountRole: return node->folder ? node->folder->totalCount : 0u;
    case IsAccountRole: return account;
    case IsSelectableRole: return node->folder && node->folder->isSelectable();
    case FullNameRole: return node->folder ? node->folder->name : QString();
    case IsUnifiedInboxRole: return false;
    case IsOutboxRole: return false;
    case FolderIdsRole: return QVariant::fromValue(node->folder ? QList<qint64>{node->folder->id} : QList<qint64>());
    case IsSubscribedRole: return node->folder && node->folder->subscribed;
    default: return {};
    }
}

QVariant FolderTreeModel::unifiedData(const Node &node, int role)
{
    switch (role) {
    case Qt::DisplayRole: return tr("All Inboxes");
    case SpecialUseRole: return int(SpecialUse::Inbox);
    case UnreadCountRole: return node.inboxUnread;
    case IsSelectableRole: return true;
    case IsUnifiedInboxRole: return true;
    case FolderIdsRole: return QVariant::fromValue(node.inboxIds);
    case FolderIdRole: return qint64(0);
    case IsAccountRole: return false;
    case IsOutboxRole: return false;
    default: return {};
    }
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeFor(index);
    const bool droppable = node->folder && node->folder->isSelectable();
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (droppable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags);
}

QStringList FolderTreeModel::mimeTypes() const
{
    return {MessageDragData::mimeType()};
}

// A folder of the messages' own account (a move between accounts is not an IMAP operation), and not
// the folder they are in.
std::optional<FolderInfo> FolderTreeModel::dropTarget(const QMimeData *data, const QModelIndex &parent,
                                                      QList<DraggedMessage> &messages) const
{
    messages = MessageDragData::decode(data);
    if (!parent.isValid() || messages.isEmpty())
        return std::nullopt;
    const Node *node = nodeFor(parent);
    if (!node->folder || !node->folder->isSelectable())
        return std::nullopt;
    for (const DraggedMessage &message : std::as_const(messages)) {
        if (message.accountId != node->folder->accountId || message.folderId == node->folder->id)
            return std::nullopt;
    }
    return node->folder;
}

bool FolderTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    QList<DraggedMessage> messages;
    return (action == Qt::MoveAction || action == Qt::CopyAction) && dropTarget(data, parent, messages).has_value();
}

bool FolderTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent)
{
    QList<DraggedMessage> messages;
    const auto target = dropTarget(data, parent, messages);
    if (!target || (action != Qt::MoveAction && action != Qt::CopyAction))
        return false;
    emit messagesDropped(*target, messages, action);
    return true;
}

} // namespace Kestrel

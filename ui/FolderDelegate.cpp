#include "FolderDelegate.h"

#include "models/FolderTreeModel.h"

#include <QIcon>

namespace Kestrel::Ui {
namespace {

QString iconName(SpecialUse role, bool account)
{
    if (account)
        return QStringLiteral("folder-mail");
    switch (role) {
    case SpecialUse::Inbox: return QStringLiteral("mail-folder-inbox");
    case SpecialUse::Drafts: return QStringLiteral("folder-documents");
    case SpecialUse::Sent: return QStringLiteral("mail-folder-sent");
    case SpecialUse::Trash: return QStringLiteral("user-trash");
    case SpecialUse::Junk: return QStringLiteral("mail-mark-junk");
    case SpecialUse::Archive: return QStringLiteral("folder-tar");
    default: return QStringLiteral("folder");
    }
}

} // namespace

void FolderDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const uint unread = index.data(FolderTreeModel::UnreadCountRole).toUInt();
    const bool account = index.data(FolderTreeModel::IsAccountRole).toBool();
    option->icon = index.data(FolderTreeModel::IsOutboxRole).toBool()
        ? QIcon::fromTheme(QStringLiteral("mail-folder-outbox"))
        : QIcon::fromTheme(iconName(SpecialUse(index.data(FolderTreeModel::SpecialUseRole).toInt()), account));
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (unread > 0) {
        option->text = QStringLiteral("%1 (%2)").arg(option->text, QLocale().toString(unread));
        option->font.setBold(true);
    }
}

} // namespace Kestrel::Ui

#include "MessageDelegate.h"

#include "models/MessageListModel.h"

namespace Kestrel::Ui {

void MessageDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(MessageListModel::IsUnreadRole).toBool())
        option->font.setBold(true);
    switch (index.column()) {
    case MessageListModel::StatusColumn:
        // U+2605 star for flagged, U+25CF dot for unread, U+21A9 arrow for answered.
        option->text = index.data(MessageListModel::IsFlaggedRole).toBool() ? QStringLiteral("\u2605")
            : index.data(MessageListModel::IsUnreadRole).toBool()            ? QStringLiteral("\u25CF")
            : index.data(MessageListModel::IsAnsweredRole).toBool()          ? QStringLiteral("\u21A9")
                                                                             : QString();
        break;
    case MessageListModel::AttachmentColumn:
        option->text = index.data(MessageListModel::HasAttachmentRole).toBool() ? QStringLiteral("\U0001F4CE") : QString();
        break;
    default:
        break;
    }
}

} // namespace Kestrel::Ui

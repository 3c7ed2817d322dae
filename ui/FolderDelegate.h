#pragma once

#include <QStyledItemDelegate>

namespace Kestrel::Ui {

// Draws a folder tree row as "Name (unread)" with the name in bold when there is unread mail, from
// FolderTreeModel's semantic roles.
class FolderDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Kestrel::Ui

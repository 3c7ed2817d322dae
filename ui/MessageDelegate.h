#pragma once

#include <QStyledItemDelegate>

namespace Kestrel::Ui {

// Message list rows: unread in bold, flagged marked, the status and attachment columns as symbols,
// collapsed threads with their size, all from MessageListModel's semantic roles.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Kestrel::Ui

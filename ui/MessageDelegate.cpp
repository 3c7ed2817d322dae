#include "MessageDelegate.h"

#include "models/MessageListModel.h"

#include <QPainter>
#include <QPainterPath>

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
        option->text.clear(); // drawn by paint(): emoji fonts are not everywhere
        break;
    case MessageListModel::SubjectColumn:
        // A collapsed thread says how many messages it holds (the tree view marks rows with children
        // and open ones in the option's state).
        if (option->state.testFlag(QStyle::State_Children) && !option->state.testFlag(QStyle::State_Open)) {
            const int size = index.data(MessageListModel::ThreadSizeRole).toInt();
            if (size > 1)
                option->text = tr("%1 (%n message(s))", nullptr, size).arg(option->text);
        }
        break;
    default:
        break;
    }
}

} // namespace Kestrel::Ui

namespace Kestrel::Ui {

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != MessageListModel::AttachmentColumn || !index.data(MessageListModel::HasAttachmentRole).toBool())
        return;
    // A paperclip: two nested rounded loops, in the text colour of the row.
    const QRectF box = QRectF(option.rect).adjusted(0, 2, 0, -2);
    const qreal h = qMin(box.height(), 14.0), w = h * 0.45;
    const QRectF outer(box.center().x() - w / 2, box.center().y() - h / 2, w, h);
    QPainterPath clip;
    clip.addRoundedRect(outer, w / 2, w / 2);
    clip.addRoundedRect(outer.adjusted(w * 0.25, h * 0.25, -w * 0.25, 0), w / 4, w / 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->setPen(QPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text), 1.2));
    painter->drawPath(clip);
    painter->restore();
}

} // namespace Kestrel::Ui

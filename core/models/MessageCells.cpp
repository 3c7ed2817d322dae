#include "models/MessageCells.h"

#include "models/DisplayFormat.h"
#include "models/MessageListModel.h"

#include <QLocale>

namespace Kestrel {

QVariant MessageCells::data(const MessageSummary &message, int column, int role, bool outgoing)
{
    switch (role) {
    case Qt::DisplayRole: return displayData(message, column, outgoing);
    case Qt::ToolTipRole:
        return column == MessageListModel::CorrespondentColumn
            ? QVariant(DisplayFormat::addressList(outgoing ? message.to : message.from))
            : QVariant();
    case MessageListModel::UidRole: return message.uid;
    case MessageListModel::MessageRowIdRole: return message.id;
    case MessageListModel::IsUnreadRole: return !message.flags.isSeen();
    case MessageListModel::IsFlaggedRole: return message.flags.system.testFlag(MessageFlag::Flagged);
    case MessageListModel::IsAnsweredRole: return message.flags.system.testFlag(MessageFlag::Answered);
    case MessageListModel::HasAttachmentRole: return message.hasAttachment;
    case MessageListModel::MessageIdRole: return message.messageId;
    case MessageListModel::DateTimeRole: return message.internalDate;
    case MessageListModel::SizeRole: return message.size;
    case MessageListModel::FolderIdRole: return message.folderId;
    case MessageListModel::AccountIdRole: return message.accountId;
    default: return {};
    }
}

QVariant MessageCells::displayData(const MessageSummary &message, int column, bool outgoing)
{
    switch (column) {
    case MessageListModel::CorrespondentColumn: return DisplayFormat::shortNames(outgoing ? message.to : message.from);
    case MessageListModel::SubjectColumn: return message.subject.isEmpty() ? tr("(no subject)") : message.subject;
    case MessageListModel::DateColumn: return DisplayFormat::listDate(message.internalDate, QDateTime::currentDateTime());
    case MessageListModel::SizeColumn:
        return QLocale().formattedDataSize(qint64(message.size), 1, QLocale::DataSizeTraditionalFormat);
    default: return {}; // status and attachment columns are drawn from their roles
    }
}

QVariant MessageCells::headerData(int section, int role, bool outgoing)
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) { // the two narrow symbol columns name themselves in a tooltip only
    case MessageListModel::StatusColumn: return role == Qt::ToolTipRole ? tr("Status") : QString();
    case MessageListModel::AttachmentColumn: return role == Qt::ToolTipRole ? tr("Attachment") : QString();
    case MessageListModel::CorrespondentColumn: return outgoing ? tr("To") : tr("From");
    case MessageListModel::SubjectColumn: return tr("Subject");
    case MessageListModel::DateColumn: return tr("Date");
    case MessageListModel::SizeColumn: return tr("Size");
    default: return {};
    }
}

MessageOrder MessageCells::orderFor(int column, Qt::SortOrder order)
{
    MessageOrder wanted{MessageSortColumn::Date, order};
    switch (column) {
    case MessageListModel::SubjectColumn: wanted.column = MessageSortColumn::Subject; break;
    case MessageListModel::CorrespondentColumn: wanted.column = MessageSortColumn::From; break;
    case MessageListModel::SizeColumn: wanted.column = MessageSortColumn::Size; break;
    default: break;
    }
    return wanted;
}

} // namespace Kestrel

#include "models/MessageDragData.h"

#include "models/MessageListModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

namespace Kestrel::MessageDragData {

QString mimeType()
{
    return QStringLiteral("application/x-kestrel-messages");
}

QMimeData *encode(const QModelIndexList &indexes)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QSet<qint64> seen; // every column of a row comes along: one entry per message
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(MessageListModel::MessageRowIdRole).toLongLong();
        if (id == 0 || seen.contains(id))
            continue;
        seen.insert(id);
        out << index.data(MessageListModel::AccountIdRole).toString()
            << index.data(MessageListModel::FolderIdRole).toLongLong()
            << index.data(MessageListModel::UidRole).toUInt();
    }
    if (seen.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<DraggedMessage> decode(const QMimeData *data)
{
    QList<DraggedMessage> messages;
    if (!data || !data->hasFormat(mimeType()))
        return messages;
    QDataStream in(data->data(mimeType()));
    while (!in.atEnd()) {
        DraggedMessage message;
        in >> message.accountId >> message.folderId >> message.uid;
        if (in.status() != QDataStream::Ok)
            return {}; // not what encode() wrote: drop nothing rather than the wrong messages
        messages << message;
    }
    return messages;
}

} // namespace Kestrel::MessageDragData

#pragma once

#include <QList>
#include <QModelIndexList>
#include <QString>

class QMimeData;

namespace Kestrel {

// Messages dragged from a message list onto a folder: named by account, folder and UID (never by row,
// which means nothing outside the list), in a private MIME type.
struct DraggedMessage {
    QString accountId;
    qint64 folderId = 0;
    quint32 uid = 0;
    friend bool operator==(const DraggedMessage &, const DraggedMessage &) = default;
};

namespace MessageDragData {

QString mimeType();
// From a message list's indexes (one entry per row, whatever the columns).
QMimeData *encode(const QModelIndexList &indexes);
QList<DraggedMessage> decode(const QMimeData *data);

} // namespace MessageDragData
} // namespace Kestrel

#include "sync/reading/ReadingOutput.h"

#include "cache/PartStore.h"
#include "mime/MessageReader.h"
#include "sync/reading/AttachmentFiles.h"

#include <QDateTime>
#include <QDir>

namespace Kestrel::Sync {

std::optional<Error> ReadingOutput::load(Database &database, qint64 messageId, const PartInfo &part, QByteArray &bytes)
{
    std::optional<StoredPart> stored;
    if (auto error = PartStore(database).load(messageId, part.section.isNull() ? QStringLiteral("") : part.section, stored))
        return error;
    if (!stored)
        return Error::make(Error::Code::Storage, tr("The part is no longer in the cache; try again."));
    bytes = stored->content;
    return std::nullopt;
}

std::optional<Error> ReadingOutput::deliver(Database &database, const ReadingTask &task, qint64 messageId,
                                            const QList<PartInfo> &parts, ReadingResult &result)
{
    if (task.kind != ReadingTask::Kind::ViewSource && task.kind != ReadingTask::Kind::OpenAttachedMessage)
        return writeAll(database, task, messageId, parts, result);
    if (parts.isEmpty())
        return Error::make(Error::Code::Storage, tr("The part is no longer in the cache; try again."));
    if (auto error = load(database, messageId, parts.first(), result.bytes))
        return error;
    if (task.kind == ReadingTask::Kind::OpenAttachedMessage)
        result.message = Mime::MessageReader::read(result.bytes); // a big parse: here, not on the GUI thread
    return std::nullopt;
}

std::optional<Error> ReadingOutput::writeAll(Database &database, const ReadingTask &task, qint64 messageId,
                                             const QList<PartInfo> &parts, ReadingResult &result)
{
    QString folder = task.target;
    if (task.kind == ReadingTask::Kind::OpenAttachment) {
        // A fresh sub-folder per opening: a viewer may still hold the previous copy open.
        folder = QDir(task.target).filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) + QLatin1Char('-')
                                            + QString::number(task.attachment + 1));
        for (const QString &privateFolder : {task.target, folder}) {
            if (auto error = AttachmentFiles::makePrivateFolder(privateFolder))
                return error;
        }
    } else if (task.kind == ReadingTask::Kind::SaveAllAttachments && !QDir(folder).exists()) {
        return Error::make(Error::Code::Storage, tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(folder)));
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const int index = task.kind == ReadingTask::Kind::SaveAllAttachments ? int(i) : task.attachment;
        const QString path = task.kind == ReadingTask::Kind::SaveAttachment
                                 ? task.target
                                 : AttachmentFiles::unusedPath(folder, AttachmentFiles::safeFileName(parts.at(i), index));
        QByteArray bytes; // one at a time: saving all never holds every attachment in memory
        if (auto error = load(database, messageId, parts.at(i), bytes))
            return error;
        if (auto error = AttachmentFiles::write(path, bytes))
            return error;
        result.files << path;
    }
    return std::nullopt;
}

} // namespace Kestrel::Sync

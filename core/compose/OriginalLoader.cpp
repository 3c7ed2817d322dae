#include "compose/OriginalLoader.h"

#include "cache/BodyText.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/PartStore.h"
#include "render/MessageContent.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace Kestrel::Compose {

std::optional<Error> OriginalLoader::load(Database &database, const MessageSummary &summary, OriginalMessage &original,
                                          bool &complete)
{
    original = {};
    original.summary = summary;
    if (summary.bodyStructure.isEmpty()) { // a row of the message list: read the whole summary
        std::optional<MessageSummary> stored;
        if (auto error = MessageListReader(database).message(summary.folderId, summary.uid, stored))
            return error;
        if (stored)
            original.summary = *stored;
    }
    std::optional<FolderInfo> folder;
    if (auto error = FolderStore(database).folder(summary.folderId, folder))
        return error;
    if (folder)
        original.folderName = folder->name;
    Render::MessageContent content;
    if (auto error = Render::MessageContent::load(database, original.summary, content))
        return error;
    complete = content.structureKnown && content.complete;
    original.text = content.html ? BodyText::fromHtml(content.body) : content.body;
    // View Source keeps the whole message as section "" (BODY[]); a forward as attachment then needs
    // no network at all.
    std::optional<StoredPart> whole;
    if (auto error = PartStore(database).load(original.summary.id, QStringLiteral(""), whole))
        return error;
    if (whole)
        original.raw = whole->content;
    return std::nullopt;
}

void OriginalLoader::loadInBackground(const QString &cachePath, const MessageSummary &summary, QObject *context,
                                      std::function<void(OriginalMessage, bool, std::optional<Error>)> done)
{
    QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start([cachePath, summary, receiver, done = std::move(done)] {
        OriginalMessage original;
        bool complete = false;
        std::optional<Error> error;
        {
            Database database;
            error = database.open(cachePath, Database::Access::ReadOnly);
            if (!error)
                error = load(database, summary, original, complete);
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [receiver, original, complete, error, done] {
            if (receiver)
                done(original, complete, error);
        });
    });
}

} // namespace Kestrel::Compose

#include "compose/DraftLocator.h"

#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/PartStore.h"
#include "compose/DraftStore.h"
#include "mime/MessageReader.h"
#include "mime/compose/DraftMessageReader.h"

#include <QPointer>
#include <QThreadPool>

namespace Kestrel::Compose {

std::optional<Error> DraftLocator::locate(Database &database, const QString &draftsDirectory, const MessageSummary &summary,
                                          DraftToOpen &found)
{
    found = {};
    std::optional<FolderInfo> folder;
    if (auto error = FolderStore(database).folder(summary.folderId, folder))
        return error;
    if (!folder || folder->role != SpecialUse::Drafts)
        return std::nullopt;
    found.inDraftsFolder = true;
    found.folderName = folder->name;
    found.uidValidity = folder->sync.uidValidity;
    if (!summary.messageId.isEmpty()) {
        QList<Draft> drafts;
        if (auto error = DraftStore(draftsDirectory).list(drafts))
            return error;
        for (const Draft &draft : std::as_const(drafts)) {
            if (draft.messageId == summary.messageId.toLatin1()) {
                found.local = draft;
                return std::nullopt;
            }
        }
    }
    std::optional<StoredPart> whole;
    if (auto error = PartStore(database).load(summary.id, QStringLiteral(""), whole))
        return error;
    if (whole)
        found.raw = whole->content;
    return std::nullopt;
}

void DraftLocator::locateInBackground(const QString &cachePath, const QString &draftsDirectory, const MessageSummary &summary,
                                      QObject *context, std::function<void(DraftToOpen, std::optional<Error>)> done)
{
    QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start([cachePath, draftsDirectory, summary, receiver, done = std::move(done)] {
        DraftToOpen found;
        std::optional<Error> error;
        {
            Database database;
            error = database.open(cachePath, Database::Access::ReadOnly);
            if (!error)
                error = locate(database, draftsDirectory, summary, found);
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [receiver, found, error, done] {
            if (receiver)
                done(found, error);
        });
    });
}

Draft DraftLocator::fromServerCopy(const QByteArray &raw, const MessageSummary &summary, const QString &folderName,
                                   quint32 uidValidity)
{
    const Mime::MessageView view = Mime::MessageReader::read(raw);
    Draft draft;
    draft.id = DraftStore::newId();
    // Bcc and the attachments' bytes too: the server copy is all there is when the local draft is gone.
    draft.message = Mime::DraftMessageReader::read(raw);
    draft.message.accountId = summary.accountId;
    draft.messageId = view.messageId.isEmpty() ? summary.messageId.toLatin1() : view.messageId;
    draft.serverFolder = folderName;
    draft.serverUidValidity = uidValidity;
    draft.serverUid = summary.uid;
    draft.saved = QDateTime::currentDateTimeUtc();
    return draft;
}

} // namespace Kestrel::Compose

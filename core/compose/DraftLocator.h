#pragma once

#include "common/Error.h"
#include "common/MessageSummary.h"
#include "compose/Draft.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QObject;

namespace Kestrel {

class Database;

namespace Compose {

// What reopening a message of a Drafts folder starts from: the local draft with the same Message-ID
// (DraftStore keeps attachments and Bcc exactly), else the server copy's source when View Source
// cached it (section ""); with neither the caller fetches the source (RawMessageFetcher).
struct DraftToOpen {
    bool inDraftsFolder = false; // the message's folder has the \Drafts role
    std::optional<Draft> local;
    QByteArray raw;
    QString folderName;
    quint32 uidValidity = 0;
};

class DraftLocator
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Compose::DraftLocator)
public:
    static std::optional<Error> locate(Database &database, const QString &draftsDirectory, const MessageSummary &summary,
                                       DraftToOpen &found);
    // On a pool thread with its own read-only connection; `done` runs on the main thread unless
    // `context` is gone.
    static void locateInBackground(const QString &cachePath, const QString &draftsDirectory, const MessageSummary &summary,
                                   QObject *context, std::function<void(DraftToOpen, std::optional<Error>)> done);
    // A new local draft from the server copy's source, parsed with core/mime: it keeps the copy's
    // Message-ID and UID, so the next save replaces that copy instead of adding one.
    static Draft fromServerCopy(const QByteArray &raw, const MessageSummary &summary, const QString &folderName,
                                quint32 uidValidity);
};

} // namespace Compose
} // namespace Kestrel

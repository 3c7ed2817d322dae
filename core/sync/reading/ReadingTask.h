#pragma once

#include "mime/MessageReader.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kestrel::Sync {

// What the reader asks of a message beyond its text, carried out on the account's reading thread
// (ReadingJob): the parts are fetched if the cache lacks them, then written or read off the GUI thread.
struct ReadingTask {
    enum class Kind {
        SaveAttachment,      // attachment `attachment` to the file `target` (replaced atomically)
        SaveAllAttachments,  // every attachment into the folder `target`, never over an existing file
        OpenAttachment,      // attachment `attachment` into a new sub-folder of the private folder `target`
        OpenAttachedMessage, // attachment `attachment` (message/rfc822), parsed with core/mime
        ViewSource,          // the whole message as the server holds it (cached as section "")
    };
    Kind kind = Kind::SaveAttachment;
    qint64 messageId = 0;  // MessageSummary::id
    int attachment = -1;   // index into MessageParts::attachments
    QString target;
};

struct ReadingResult {
    QStringList files;                      // what was written, in attachment order
    QByteArray bytes;                       // ViewSource: the raw message; OpenAttachedMessage: its bytes
    std::optional<Mime::MessageView> message; // OpenAttachedMessage: the message, parsed
};

} // namespace Kestrel::Sync

Q_DECLARE_METATYPE(Kestrel::Sync::ReadingResult)

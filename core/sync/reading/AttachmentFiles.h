#pragma once

#include "common/Error.h"
#include "common/PartInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kestrel::Sync {

// Where an attachment lands on disk. The name comes from the sender, so it is never trusted as a
// path: directory parts, separators, control characters and leading dots go ("../../.bashrc" becomes
// "bashrc"); a part without a name gets "attachment-N" and the extension of its MIME type.
class AttachmentFiles
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Sync::AttachmentFiles)
public:
    static QString safeFileName(const PartInfo &part, int index);
    // `folder`/`name`, or "name (2).ext", "name (3).ext", ... when that exists: saving all never
    // replaces a file that is already there.
    static QString unusedPath(const QString &folder, const QString &name);
    // Atomically (QSaveFile): an interrupted save leaves no half file under the name.
    static std::optional<Error> write(const QString &path, const QByteArray &bytes);
    // Makes `folder` (and its parents) with permissions for the owner only.
    static std::optional<Error> makePrivateFolder(const QString &folder);
};

} // namespace Kestrel::Sync

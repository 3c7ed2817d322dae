#pragma once

#include "common/Error.h"
#include "compose/Draft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Kestrel::Compose {

// Drafts on the local disk: one JSON file per draft in a folder of the profile (drafts/), each written
// atomically (QSaveFile: write a temporary file, flush, rename), so a crash or a full disk leaves the
// previous version whole. Plain file I/O: call it off the GUI thread (DraftAutosave does).
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Compose::DraftStore)
public:
    explicit DraftStore(QString directory);

    QString directory() const { return m_directory; }
    // A new unique draft id (a file name without its extension).
    static QString newId();

    // Writes the draft (creating the folder); sets nothing but the file. `draft.id` must be set.
    std::optional<Error> save(const Draft &draft) const;
    std::optional<Error> load(const QString &id, Draft &draft) const;
    // Every readable draft, the most recently saved first. Unreadable files are skipped and named in
    // `problems` (one clear message each); they stay on disk for the user.
    std::optional<Error> list(QList<Draft> &drafts, QStringList *problems = nullptr) const;
    // A missing draft is not an error (it may have been sent from another window).
    std::optional<Error> remove(const QString &id) const;

private:
    QString filePath(const QString &id) const;

    QString m_directory;
};

} // namespace Kestrel::Compose

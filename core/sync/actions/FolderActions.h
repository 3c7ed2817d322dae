#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"
#include "sync/actions/ActionPayload.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kestrel {
class Database;
class FolderStore;
}

namespace Kestrel::Sync {

// Folder operations the user takes: applied to the cache at once and queued for the server in the
// same transaction, like MessageActions (CREATE / RENAME / DELETE / SUBSCRIBE / UNSUBSCRIBE,
// RFC 9051 6.3.4 - 6.3.8).
class FolderActions
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Sync::FolderActions)
public:
    FolderActions(Database &db, QString accountId);

    std::optional<Error> create(const QString &name);
    // Sub-folders move along in the cache, as RENAME moves them on the server (RFC 9051 6.3.6).
    std::optional<Error> rename(const QString &name, const QString &newName);
    // The folder and its cached messages; sub-folders stay (RFC 9051 6.3.5).
    std::optional<Error> remove(const QString &name);
    // SUBSCRIBE / UNSUBSCRIBE (RFC 9051 6.3.7, 6.3.8); the cache's folder shows the new state at once.
    std::optional<Error> setSubscribed(const QString &name, bool subscribed);

    qint64 lastActionId() const { return m_lastActionId; }

private:
    // The account's cached folder called `name`, or an error saying it is not cached (yet).
    std::optional<Error> cachedFolder(const FolderStore &store, const QString &name, std::optional<FolderInfo> &folder) const;
    std::optional<Error> enqueue(ActionKind kind, const QString &name, const QString &target);

    Database &m_db;
    QString m_accountId;
    qint64 m_lastActionId = 0;
};

} // namespace Kestrel::Sync

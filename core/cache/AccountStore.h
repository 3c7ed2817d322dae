#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace Kestrel {

class Database;

// The cache's account rows: the AccountSettings id and a display name, nothing else (settings live in
// accounts.json, secrets only in the keychain). Folders and queued actions belong to an account row, so
// ensureAccount() comes first; removeAccount() drops everything cached for it.
class AccountStore
{
public:
    struct Entry {
        QString id;
        QString displayName;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit AccountStore(Database &db);

    std::optional<Error> ensureAccount(const QString &id, const QString &displayName);
    std::optional<Error> removeAccount(const QString &id);
    std::optional<Error> accounts(QList<Entry> &accounts) const;

private:
    Database &m_db;
};

} // namespace Kestrel

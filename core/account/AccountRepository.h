#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Kestrel {

// Reads and writes the profile's accounts.json (settings only, never secrets). Writes are atomic
// (QSaveFile), so a crash or a full disk leaves the previous file intact.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::AccountRepository)
public:
    explicit AccountRepository(QString filePath);

    // A missing file is an empty list, not an error.
    std::optional<Error> load(QList<AccountSettings> &accounts) const;
    std::optional<Error> save(const QList<AccountSettings> &accounts) const;

    QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
};

} // namespace Kestrel

#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

namespace Kestrel {

// A profile is one folder holding everything Kestrel stores locally for a user: account settings
// (no secrets), the cache database and large parts. Default: the platform's app-data location.
class Profile
{
public:
    static QString defaultDirectory();

    explicit Profile(QString directory);

    QString directory() const { return m_directory; }
    QString filePath(const QString &name) const;
    // Creates the folder (owner-only permissions) when missing.
    std::optional<Error> ensureExists() const;

private:
    QString m_directory;
};

} // namespace Kestrel

#include "account/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Kestrel {

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Profile::Profile(QString directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{
}

QString Profile::filePath(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

std::optional<Error> Profile::ensureExists() const
{
    if (QDir(m_directory).exists())
        return std::nullopt;
    if (!QDir().mkpath(m_directory)) {
        return Error::make(Error::Code::Storage,
                           QCoreApplication::translate("Kestrel::Profile", "Cannot create the profile folder %1.")
                               .arg(QDir::toNativeSeparators(m_directory)));
    }
    // Mail is private: only the owner may list or read the profile.
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return std::nullopt;
}

} // namespace Kestrel

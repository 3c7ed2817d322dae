#include "sync/reading/AttachmentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace Kestrel::Sync {

QString AttachmentFiles::safeFileName(const PartInfo &part, int index)
{
    QString name = part.fileName;
    // The last path component only, whichever separator the sender's system used.
    name = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString clean;
    for (const QChar c : std::as_const(name)) {
        if (c.category() == QChar::Other_Control || c == QLatin1Char(':') || c == QLatin1Char('*') || c == QLatin1Char('?')
            || c == QLatin1Char('"') || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('|'))
            continue; // not allowed in names on some systems, or a control character
        clean += c;
    }
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1); // no hidden files, no "..", no names that start blank
    clean = clean.trimmed().left(200);
    if (!clean.isEmpty())
        return clean;
    const QString suffix = QMimeDatabase().mimeTypeForName(part.mimeType).preferredSuffix();
    return QStringLiteral("attachment-%1").arg(index + 1) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

QString AttachmentFiles::unusedPath(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    QString path = dir.filePath(name);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2; QFileInfo::exists(path) && n < 10000; ++n)
        path = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
    return path;
}

std::optional<Error> AttachmentFiles::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::make(Error::Code::Storage, tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return std::nullopt;
}

std::optional<Error> AttachmentFiles::makePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder)
        || !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return Error::make(Error::Code::Storage, tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(folder)));
    }
    return std::nullopt;
}

} // namespace Kestrel::Sync

#include "compose/DraftStore.h"

#include "compose/DraftJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>

namespace Kestrel::Compose {
namespace {

// Ids come from newId() or from file names we listed; anything else could name a path outside the folder.
bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

// A full disk shows as "Unknown error" or "No space left on device" depending on where the write
// failed; the free space left in the folder tells which, so the user reads what to do about it.
Error saveFailed(const QSaveFile &file, qint64 bytes, const QString &directory)
{
    if (QStorageInfo(directory).bytesAvailable() < bytes + 4096) {
        return Error::make(Error::Code::Storage,
                           QCoreApplication::translate("Kestrel::Compose::DraftStore",
                                                       "The disk is full, so the draft could not be saved. The "
                                                       "version saved before is kept. Free some disk space and save "
                                                       "again."),
                           file.fileName() + QStringLiteral(": ") + file.errorString());
    }
    return Error::make(Error::Code::Storage, QCoreApplication::translate("Kestrel::Compose::DraftStore", "The draft could not be saved to %1: %2")
                                                 .arg(file.fileName(), file.errorString()));
}

} // namespace

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DraftStore::filePath(const QString &id) const
{
    return m_directory + QStringLiteral("/") + id + QStringLiteral(".json");
}

std::optional<Error> DraftStore::save(const Draft &draft) const
{
    if (!isValidId(draft.id))
        return Error::make(Error::Code::Storage, tr("The draft could not be saved: it has no valid name."), draft.id);
    if (!QDir().mkpath(m_directory))
        return Error::make(Error::Code::Storage, tr("The drafts folder %1 could not be created.").arg(m_directory));
    QSaveFile file(filePath(draft.id));
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Code::Storage, tr("The draft could not be saved to %1: %2").arg(file.fileName(), file.errorString()));
    }
    const QByteArray data = QJsonDocument(DraftJson::toJson(draft)).toJson(QJsonDocument::Compact);
    if (file.write(data) != data.size() || !file.commit())
        return saveFailed(file, data.size(), m_directory); // QSaveFile drops its temporary file: the old draft stays

    return std::nullopt;
}

std::optional<Error> DraftStore::load(const QString &id, Draft &draft) const
{
    if (!isValidId(id))
        return Error::make(Error::Code::Storage, tr("There is no draft named %1.").arg(id));
    QFile file(filePath(id));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Storage, tr("The draft %1 could not be read: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || !DraftJson::fromJson(document.object(), draft)) {
        return Error::make(Error::Code::Storage,
                           tr("The draft %1 is damaged or from a newer Kestrel; it was left as it is.").arg(file.fileName()),
                           parseError.errorString());
    }
    draft.id = id; // the file name is what names it
    return std::nullopt;
}

std::optional<Error> DraftStore::list(QList<Draft> &drafts, QStringList *problems) const
{
    drafts.clear();
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        Draft draft;
        if (auto error = load(name.chopped(5), draft)) {
            if (problems)
                problems->append(error->userMessage);
            continue;
        }
        drafts.append(draft);
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.saved > b.saved; });
    return std::nullopt;
}

std::optional<Error> DraftStore::remove(const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    QFile file(filePath(id));
    if (file.exists() && !file.remove())
        return Error::make(Error::Code::Storage, tr("The draft %1 could not be deleted: %2").arg(file.fileName(), file.errorString()));
    return std::nullopt;
}

} // namespace Kestrel::Compose

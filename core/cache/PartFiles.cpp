#include "cache/PartFiles.h"

#include "cache/Database.h"
#include "cache/Sql.h"
#include "cache/StorageError.h"
#include "cache/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>

namespace Kestrel {

PartFiles::PartFiles(Database &db)
    : m_db(db)
{
}

QString PartFiles::path(const QString &fileName) const
{
    return QDir(m_db.partsDirectory()).filePath(fileName);
}

std::optional<Error> PartFiles::write(const QByteArray &content, QString &fileName) const
{
    fileName = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".part");
    const QString target = path(fileName);
    if (!QDir().mkpath(m_db.partsDirectory()))
        return StorageError::partFile(target, QStringLiteral("cannot create the parts folder"));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return StorageError::partFile(target, file.errorString());
    return std::nullopt;
}

std::optional<Error> PartFiles::read(const QString &fileName, QByteArray &content, qint64 maxBytes) const
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return StorageError::partFile(file.fileName(), file.errorString());
    content = maxBytes < 0 ? file.readAll() : file.read(maxBytes);
    if (file.error() != QFileDevice::NoError)
        return StorageError::partFile(file.fileName(), file.errorString());
    return std::nullopt;
}

void PartFiles::remove(const QString &fileName) const
{
    QFile::remove(path(fileName));
}

std::optional<Error> PartFiles::purgeDeleted() const
{
    if (m_db.access() == Database::Access::ReadOnly)
        return std::nullopt;
    QStringList files;
    {
        QSqlQuery query(m_db.connection());
        if (auto error = Sql::prepare(query, QStringLiteral("SELECT file FROM dead_part_files")))
            return error;
        if (auto error = Sql::exec(query))
            return error;
        while (query.next())
            files.append(query.value(0).toString());
    }
    if (files.isEmpty())
        return std::nullopt;
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    for (const QString &file : std::as_const(files)) {
        remove(file);
        if (auto error = Sql::run(m_db.connection(), QStringLiteral("DELETE FROM dead_part_files WHERE file = ?"),
                                  {file}))
            return error;
    }
    return transaction.commit();
}

std::optional<Error> PartFiles::removeOrphans(std::chrono::seconds minimumAge, int *removed) const
{
    const QDir dir(m_db.partsDirectory());
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minimumAge.count());
    int count = 0;
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT 1 FROM parts WHERE file = ?")))
        return error;
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.part")}, QDir::Files)) {
        if (file.lastModified().toUTC() > cutoff)
            continue;
        query.bindValue(0, file.fileName());
        if (auto error = Sql::exec(query))
            return error;
        const bool referenced = query.next();
        query.finish();
        if (!referenced && QFile::remove(file.absoluteFilePath()))
            ++count;
    }
    if (removed)
        *removed = count;
    return std::nullopt;
}

void PartFiles::purgeAfterCommit(Transaction &transaction) const
{
    Database *db = &m_db;
    transaction.afterCommit([db] { PartFiles(*db).purgeDeleted(); });
}

} // namespace Kestrel

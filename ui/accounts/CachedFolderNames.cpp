#include "accounts/CachedFolderNames.h"

#include "cache/Database.h"
#include "cache/FolderStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace Kestrel::Ui {

void readCachedFolderNames(const QString &cachePath, const QString &accountId, QObject *context,
                           std::function<void(const QStringList &)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, cachePath, accountId, done = std::move(done)] {
        QStringList names;
        Database database;
        QList<FolderInfo> folders;
        if (QFileInfo::exists(cachePath) && !database.open(cachePath, Database::Access::ReadOnly)
            && !FolderStore(database).folders(accountId, folders)) {
            for (const FolderInfo &folder : std::as_const(folders)) {
                if (folder.isSelectable())
                    names << folder.name;
            }
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, names, done] {
            if (guard)
                done(names);
        });
    });
}

} // namespace Kestrel::Ui

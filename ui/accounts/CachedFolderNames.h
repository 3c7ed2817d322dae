#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace Kestrel::Ui {

// The selectable folders the cache holds for one account, read on a pool thread (the GUI thread never
// waits on the disk) and handed to `done` on the GUI thread while `context` lives. An unreadable cache
// or an account never synchronised gives an empty list: the account editor then offers "Automatic".
void readCachedFolderNames(const QString &cachePath, const QString &accountId, QObject *context,
                           std::function<void(const QStringList &)> done);

} // namespace Kestrel::Ui

#include "SyncRun.h"

#include "BenchCommon.h"

#include "sync/AccountSync.h"

#include <QElapsedTimer>

namespace Kestrel::Bench {

SyncRun syncFolder(const AccountSettings &account, const QString &password, Database &database, const QString &folder)
{
    Sync::AccountSync sync(account, password, database);
    SyncRun run;
    bool finished = false;
    QObject::connect(&sync, &Sync::AccountSync::folderSynced, [&run](qint64, int added, int removed, int changed) {
        run.added += added;
        run.removed += removed;
        run.changed += changed;
    });
    QObject::connect(&sync, &Sync::AccountSync::finished, [&](const std::optional<Error> &error) {
        run.error = error;
        finished = true;
    });
    Sync::AccountSync::Options options;
    options.folders = {folder};
    QElapsedTimer timer;
    timer.start();
    sync.start(options);
    if (!waitFor([&] { return finished; }, 30 * 60 * 1000))
        fail(QStringLiteral("the sync did not finish within 30 minutes"));
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

} // namespace Kestrel::Bench

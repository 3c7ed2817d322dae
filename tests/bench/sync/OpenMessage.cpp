#include "OpenMessage.h"

#include "SyncRun.h"

#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "sync/bodies/BodyFetcher.h"

#include <QElapsedTimer>

namespace Kestrel::Bench {

void openMessage(const ServerOptions &server, const QString &cachePath, quint16 proxyPort)
{
    Database database;
    if (const auto error = database.open(cachePath))
        fail(error->toString());
    AccountSettings account = plainAccount(server);
    if (const SyncRun run = syncFolder(account, server.password, database, server.folder); run.error)
        fail(run.error->toString());
    std::optional<FolderInfo> folder;
    QList<MessageSummary> rows;
    if (FolderStore(database).findFolder(account.id, server.folder, folder) || !folder
        || MessageListReader(database).page(folder->id, MessageOrder{}, 0, 1, rows) || rows.isEmpty())
        fail(QStringLiteral("no message in %1 after the sync").arg(server.folder));

    account.imap.port = proxyPort; // only the opening goes through the counting relay
    Sync::BodyFetcher fetcher(account, server.password, database);
    bool finished = false;
    std::optional<Error> failure;
    QObject::connect(&fetcher, &Sync::BodyFetcher::finished, [&](const std::optional<Error> &error) {
        failure = error;
        finished = true;
    });
    QElapsedTimer timer;
    timer.start();
    fetcher.fetchForDisplay(rows.first().id);
    if (!waitFor([&] { return finished; }, 120000))
        fail(QStringLiteral("opening the message did not finish within 2 minutes"));
    if (failure)
        fail(failure->toString());
    report("open_message_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
    report("open_message_size", double(rows.first().size), "bytes");
}

} // namespace Kestrel::Bench

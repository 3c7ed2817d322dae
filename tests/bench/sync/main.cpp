// bench_sync: scenarios 1, 3 and 8 of issue 8, and scenario 11's server floor, against the Dovecot that
// scripts/bench started.
//
//   bench_sync --port P --mode raw                       the raw-socket baseline: one UID FETCH 1:* of the
//              [--items neomutt]                         headers-first items (or of the header fields NeoMutt
//                                                        fetches when it opens a folder), bytes read and discarded
//   bench_sync --port P --mode sync --cache FILE         AccountSync (the engine the GUI and CLI use) of
//              [--change-flags add|remove --percent 1]   --folder into FILE; first, optionally, another
//                                                        client flips \Flagged on that share of the UIDs
//   bench_sync --port P --mode raw-select                scenario 3's floor: connect, login and SELECT by a
//              [--change-flags add|remove --percent 1]   raw client, after the same optional change
//   bench_sync --port P --mode open --cache FILE         scenario 8 (OpenMessage.h)
//              --proxy-port R --folder Attachment
// Prints BENCH lines; exits 1 when what was cached does not match the server (a sanity check, so the
// tiny CTest run guards correctness).
#include "BenchCommon.h"
#include "OpenMessage.h"
#include "RawFetch.h"
#include "SyncRun.h"

#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/SearchIndex.h"
#include "imap/session/Capabilities.h"
#include "sync/SearchIndexCatchUp.h"
#include "sync/SummaryFromFetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Kestrel;
using namespace Kestrel::Bench;

namespace {

// Logs `raw` in and selects the folder; returns its EXISTS count.
qint64 connect(RawFetch &raw, const ServerOptions &server)
{
    if (!raw.connectTo(server.port) || !raw.login(server.user, server.password))
        fail(raw.lastError());
    const qint64 exists = raw.select(server.folder);
    if (exists < 0)
        fail(raw.lastError());
    return exists;
}

// What NeoMutt 20220429 (Debian 12) sends when it opens a folder without a header cache, as a logging relay
// between it and Dovecot showed (scenario 11; it sends FETCH by sequence number, 1:N, the same messages).
const QByteArray NeoMuttItems = QByteArrayLiteral(
    "(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[HEADER.FIELDS (DATE FROM SENDER SUBJECT TO CC MESSAGE-ID"
    " REFERENCES CONTENT-TYPE CONTENT-DESCRIPTION IN-REPLY-TO REPLY-TO LINES LIST-POST LIST-SUBSCRIBE"
    " LIST-UNSUBSCRIBE X-LABEL X-ORIGINAL-TO)])");

// `neomutt`: NeoMutt's items, reported under raw_fetch_neomutt_*; otherwise exactly the items AccountSync asks
// for on a CONDSTORE server like this Dovecot.
void rawFetch(const ServerOptions &server, bool neomuttItems)
{
    RawFetch raw;
    const qint64 exists = connect(raw, server);
    const QByteArray items = neomuttItems
        ? NeoMuttItems
        : Sync::summaryFetchItems().toImap(Imap::Capabilities({QByteArrayLiteral("CONDSTORE")}));
    const QByteArray prefix = neomuttItems ? "raw_fetch_neomutt" : "raw_fetch";
    const CpuTime cpuBefore = cpuTimeNow();
    QElapsedTimer timer;
    timer.start();
    if (!raw.fetchAll(items))
        fail(raw.lastError());
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    // Dovecot's work, mostly: this client only reads and discards.
    reportCpuSince(cpuBefore, prefix.constData(), false);
    if (raw.fetchResponses() != exists)
        fail(QStringLiteral("raw FETCH returned %1 messages, the folder has %2").arg(raw.fetchResponses()).arg(exists));
    report(QByteArray(prefix + "_ms").constData(), ms, "ms");
    report(QByteArray(prefix + "_bytes").constData(), double(raw.bytesRead()), "bytes");
    report(QByteArray(prefix + "_messages").constData(), double(exists), "messages");
}

// Every 1/percent-th UID of 1..exists (the fill script's UIDs are dense), as a sequence set.
QByteArray everyNth(qint64 exists, double percent)
{
    const qint64 step = std::max<qint64>(1, qint64(100.0 / percent));
    QByteArray set;
    for (qint64 uid = step; uid <= exists; uid += step)
        set += (set.isEmpty() ? "" : ",") + QByteArray::number(uid);
    return set.isEmpty() ? QByteArrayLiteral("1") : set;
}

int changeFlags(const ServerOptions &server, bool add, double percent)
{
    RawFetch raw;
    const qint64 exists = connect(raw, server);
    const QByteArray set = everyNth(exists, percent);
    if (!raw.store(set, add, QByteArrayLiteral("\\Flagged")))
        fail(raw.lastError());
    return int(set.count(',') + 1);
}

// Scenario 3's floor: what the server alone charges to open the folder again in the same state, timed
// like the sync (connect, login, SELECT). After another client's change Dovecot re-reads the Maildir
// here, and every client pays for that.
void rawSelect(const ServerOptions &server)
{
    RawFetch raw;
    QElapsedTimer timer;
    timer.start();
    if (connect(raw, server) < 0)
        fail(raw.lastError());
    report("raw_select_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
}

void timedSync(const ServerOptions &server, const QString &cachePath, int expectChanged)
{
    Database database;
    if (const auto error = database.open(cachePath))
        fail(error->toString());
    const AccountSettings account = plainAccount(server);
    const CpuTime cpuBefore = cpuTimeNow();
    const SyncRun run = syncFolder(account, server.password, database, server.folder);
    if (run.error)
        fail(run.error->toString());
    reportCpuSince(cpuBefore, "sync", true);

    std::optional<FolderInfo> folder;
    int cached = 0;
    if (FolderStore(database).findFolder(account.id, server.folder, folder) || !folder
        || MessageListReader(database).count(folder->id, cached))
        fail(QStringLiteral("the folder is not in the cache after the sync"));
    if (quint32(cached) != folder->totalCount)
        fail(QStringLiteral("%1 messages cached, the server reported %2").arg(cached).arg(folder->totalCount));
    if (expectChanged >= 0 && run.changed != expectChanged)
        fail(QStringLiteral("the resync saw %1 changed messages, %2 were changed").arg(run.changed).arg(expectChanged));
    report("sync_ms", run.ms, "ms");
    // What the worker does next: the search index of the new messages, which the sync leaves for afterwards.
    QElapsedTimer indexTimer;
    indexTimer.start();
    Sync::SearchIndexCatchUp catchUp(database);
    std::optional<std::optional<Error>> indexed;
    QObject::connect(&catchUp, &Sync::SearchIndexCatchUp::finished, [&indexed](const std::optional<Error> &error) { indexed = error; });
    catchUp.start();
    if (!waitFor([&indexed] { return indexed.has_value(); }, 30 * 60 * 1000) || *indexed)
        fail(QStringLiteral("the search index was not built after the sync"));
    qint64 unindexed = -1;
    if (SearchIndex(database).pendingCount(unindexed) || unindexed != 0)
        fail(QStringLiteral("%1 messages are still waiting for the search index").arg(unindexed));
    report("search_index_ms", double(indexTimer.nsecsElapsed()) / 1e6, "ms");
    report("sync_added", run.added, "messages");
    report("sync_changed", run.changed, "messages");
    report("sync_cached", cached, "messages");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    addServerOptions(parser);
    parser.addOption({QStringLiteral("mode"), QStringLiteral("raw, raw-select, sync or open."), QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("cache"), QStringLiteral("The cache file (sync)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("items"), QStringLiteral("neomutt: fetch NeoMutt's header fields (raw)."),
                      QStringLiteral("WHICH")});
    parser.addOption({QStringLiteral("change-flags"), QStringLiteral("add or remove \\Flagged first (sync)."),
                      QStringLiteral("HOW")});
    parser.addOption({QStringLiteral("proxy-port"), QStringLiteral("The counting relay's port (open)."),
                      QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("percent"), QStringLiteral("Share of messages whose flags change."),
                      QStringLiteral("P"), QStringLiteral("1")});
    parser.process(app);
    const ServerOptions server = serverOptions(parser);
    const QString mode = parser.value(QStringLiteral("mode"));
    const bool change = parser.isSet(QStringLiteral("change-flags"));
    const bool add = parser.value(QStringLiteral("change-flags")) == QLatin1String("add");
    const double percent = parser.value(QStringLiteral("percent")).toDouble();
    const QString items = parser.value(QStringLiteral("items"));
    if (!items.isEmpty() && items != QLatin1String("neomutt"))
        fail(QStringLiteral("--items takes only neomutt"));
    if (mode == QLatin1String("raw")) {
        rawFetch(server, items == QLatin1String("neomutt"));
    } else if (mode == QLatin1String("raw-select")) {
        if (change)
            changeFlags(server, add, percent);
        rawSelect(server);
    } else if (mode == QLatin1String("sync") && parser.isSet(QStringLiteral("cache"))) {
        const int expectChanged = change ? changeFlags(server, add, percent) : -1;
        timedSync(server, parser.value(QStringLiteral("cache")), expectChanged);
    } else if (mode == QLatin1String("open") && parser.isSet(QStringLiteral("cache"))) {
        openMessage(server, parser.value(QStringLiteral("cache")), quint16(parser.value(QStringLiteral("proxy-port")).toUInt()));
    } else {
        fail(QStringLiteral("use --mode raw, --mode raw-select, --mode sync --cache FILE or --mode open --cache FILE --proxy-port P"));
    }
    return 0;
}

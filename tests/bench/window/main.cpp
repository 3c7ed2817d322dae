// bench_window: the GUI's side of issue 8, in the real main window (offscreen) wired to the real sync
// engine as app/main.cpp wires them, on a profile made by `kestrel-cli account add` (accounts.json,
// password in the keychain).
//
//   bench_window --profile DIR --mode first-sync --expect N
//       scenario 2: from "sync" to the first 50 rows of the never-synced Inbox in the list model;
//       scenario 9: the longest event-loop stall of the GUI thread during the whole sync.
//       KESTREL_BENCH_TRACE=1 prints each cacheChanged the GUI receives (time, rows) on stderr.
//   bench_window --profile DIR --mode idle --lmtp-port P [--deliveries K]
//       scenario 10: a message delivered by LMTP, until it is the list model's top row (push by IDLE).
#include "BenchCommon.h"
#include "LmtpDelivery.h"
#include "StallMeter.h"

#include "MainWindow.h"
#include "account/AccountRepository.h"
#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "models/MessageListModel.h"
#include "sync/SyncCoordinator.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>

using namespace Kestrel;
using namespace Kestrel::Bench;

namespace {

constexpr int FirstRows = 50;

struct Profile {
    QList<AccountSettings> accounts;
    QString cachePath;
    Database cache; // the GUI thread's read-only connection
};

void openProfile(const QString &directory, Profile &profile)
{
    if (const auto error = AccountRepository(directory + QStringLiteral("/accounts.json")).load(profile.accounts))
        fail(error->toString());
    if (profile.accounts.isEmpty())
        fail(QStringLiteral("no account in %1 (kestrel-cli account add makes one)").arg(directory));
    profile.cachePath = directory + QStringLiteral("/cache.sqlite");
    {
        Database migrate; // creates the file, as the application's start-up does
        if (const auto error = migrate.open(profile.cachePath))
            fail(error->toString());
    }
    if (const auto error = profile.cache.open(profile.cachePath, Database::Access::ReadOnly))
        fail(error->toString());
}

void firstSync(Ui::MainWindow &window, Sync::SyncCoordinator &sync, const Profile &profile, int expected)
{
    StallMeter stalls;
    QElapsedTimer timer;
    double firstRowsMs = -1;
    bool finished = false;
    std::optional<Error> failure;
    const auto checkRows = [&] {
        if (firstRowsMs < 0 && window.messageModel()->rowCount() >= std::min(FirstRows, expected)
            && window.messageModel()->summaryAt(0))
            firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    };
    // The user opened the Inbox before it was ever synced: the window shows it as soon as it exists.
    // How long each re-read of the window's models takes on the GUI thread (the suspects of scenario 9).
    double longestRefreshMs = 0;
    int refreshes = 0;
    QObject::connect(&sync, &Sync::SyncCoordinator::cacheChanged, &window, [&] {
        QElapsedTimer refresh;
        refresh.start();
        if (qEnvironmentVariableIsSet("KESTREL_BENCH_TRACE"))
            fprintf(stderr, "TRACE cacheChanged at %.1f ms, rows %d\n", double(timer.nsecsElapsed()) / 1e6, int(window.messageModel()->rowCount()));
        window.cacheChanged();
        if (window.messageModel()->rowCount() == 0)
            window.showFirstInbox();
        checkRows();
        longestRefreshMs = std::max(longestRefreshMs, double(refresh.nsecsElapsed()) / 1e6);
        ++refreshes;
    });
    QObject::connect(&sync, &Sync::SyncCoordinator::accountFinished, &window,
                     [&](const QString &, const std::optional<Error> &error) {
                         failure = error;
                         finished = true;
                     });
    stalls.start();
    timer.start();
    sync.syncAll(profile.accounts);
    if (!waitFor([&] { return finished; }, 30 * 60 * 1000))
        fail(QStringLiteral("the sync did not finish within 30 minutes"));
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    stalls.stop();
    if (failure)
        fail(failure->toString());
    checkRows();
    if (firstRowsMs < 0)
        fail(QStringLiteral("the list never showed %1 rows").arg(FirstRows));
    if (!waitFor([&] { return window.messageModel()->rowCount() == expected; }, 10000))
        fail(QStringLiteral("the list shows %1 rows, the folder has %2").arg(window.messageModel()->rowCount()).arg(expected));
    report("first_rows_ms", firstRowsMs, "ms");
    report("window_sync_ms", totalMs, "ms");
    report("longest_stall_ms", double(stalls.longestGapMs()), "ms");
    report("stall_meter_ticks", double(stalls.ticks()), "ticks");
    report("longest_stall_at_ms", double(stalls.longestEndedAtMs()), "ms");
    report("stalls_over_20ms", double(stalls.gapsOver20Ms()), "gaps");
    report("longest_stall_cpu_ms", stalls.longestGapCpuMs(), "ms");
    report("longest_stall_waiting_ms", stalls.longestGapWaitingMs(), "ms");
    report("busiest_gap_cpu_ms", stalls.busiestGapCpuMs(), "ms");
    report("window_refreshes", double(refreshes), "refreshes");
    report("longest_refresh_ms", longestRefreshMs, "ms");
}

bool topRowHasSubject(Ui::MainWindow &window, const QString &subject)
{
    const auto top = window.messageModel()->summaryAt(0);
    return top && top->subject == subject;
}

void idle(Ui::MainWindow &window, Sync::SyncCoordinator &sync, const Profile &profile, quint16 lmtpPort,
          const QString &user, int deliveries)
{
    const QString accountId = profile.accounts.first().id;
    bool synced = false;
    QObject::connect(&sync, &Sync::SyncCoordinator::cacheChanged, &window, &Ui::MainWindow::cacheChanged);
    QObject::connect(&sync, &Sync::SyncCoordinator::accountFinished, &window, [&] { synced = true; });
    sync.syncAll(profile.accounts);
    sync.startPushAll(profile.accounts);
    window.showFirstInbox();
    if (!waitFor([&] { return synced && sync.connectionStatus(accountId).state == Sync::ConnectionState::Online; }, 120000))
        fail(QStringLiteral("push did not come online"));
    for (int i = 0; i < deliveries; ++i) {
        const QString subject = QStringLiteral("bench push %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QByteArray message = "From: Carol <carol@example.org>\r\nTo: " + user.toUtf8() + "@example.test\r\nSubject: "
            + subject.toUtf8() + "\r\nDate: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8()
            + "\r\nMessage-ID: <" + subject.toUtf8().replace(' ', '.') + "@example.org>\r\n\r\nPushed.\r\n";
        QElapsedTimer timer;
        timer.start();
        std::future<bool> delivered = deliverByLmtp(lmtpPort, user, message);
        if (!waitFor([&] { return topRowHasSubject(window, subject); }, 30000))
            fail(QStringLiteral("the pushed message did not reach the list within 30 s"));
        report("idle_latency_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
        if (!delivered.get())
            fail(QStringLiteral("LMTP refused the message"));
        waitFor([] { return false; }, 300); // let the push connection settle back into IDLE
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Profile folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("first-sync or idle."), QStringLiteral("MODE")});
    parser.addOption({QStringLiteral("expect"), QStringLiteral("Messages in the Inbox (first-sync)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("lmtp-port"), QStringLiteral("Dovecot's LMTP port (idle)."), QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("Recipient (idle)."), QStringLiteral("USER"), QStringLiteral("alice")});
    parser.addOption({QStringLiteral("deliveries"), QStringLiteral("Messages pushed (idle)."), QStringLiteral("K"),
                      QStringLiteral("5")});
    parser.process(app);
    const QString mode = parser.value(QStringLiteral("mode"));
    if (!parser.isSet(QStringLiteral("profile")) || (mode != QLatin1String("first-sync") && mode != QLatin1String("idle")))
        fail(QStringLiteral("use --profile DIR --mode first-sync|idle"));

    Profile profile;
    openProfile(parser.value(QStringLiteral("profile")), profile);
    Ui::MainWindow window(profile.cache);
    window.setAccounts(profile.accounts);
    window.showFirstInbox();
    window.show();
    CredentialStore credentials;
    Sync::SyncCoordinator sync(profile.cachePath, credentials);
    waitFor([] { return false; }, 200); // the empty window is up before the clock starts
    if (mode == QLatin1String("first-sync"))
        firstSync(window, sync, profile, parser.value(QStringLiteral("expect")).toInt());
    else
        idle(window, sync, profile, quint16(parser.value(QStringLiteral("lmtp-port")).toUInt()),
             parser.value(QStringLiteral("user")), parser.value(QStringLiteral("deliveries")).toInt());
    return 0;
}

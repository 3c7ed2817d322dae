// Kestrel's GUI entry point and composition root: parses options, installs translators, opens the
// profile and shows the main window.
#include "CommandLine.h"
#include "LaunchArguments.h"
#include "ScreenshotTaker.h"
#include "SingleInstance.h"
#include "Translations.h"

#include "MainWindow.h"
#include "MainWindowActions.h"
#include "NewMailNotifier.h"
#include "account/AccountRepository.h"
#include "account/Profile.h"
#include "account/CredentialStore.h"
#include "account/RemoteContentPolicy.h"
#include "cache/Database.h"
#include "common/HeapTuning.h"
#include "sync/SyncCoordinator.h"
#include "sync/reading/ContentFetchCoordinator.h"
#include "compose/RawMessageFetcher.h"
#include "compose/ServerDrafts.h"
#include "composer/ComposerLauncher.h"
#include "composer/OutboxSender.h"
#include "send/Outbox.h"
#include "accounts/AccountListDialog.h"
#include "accounts/AccountStorage.h"
#include "accounts/SessionPasswordHandler.h"
#include "accounts/SendCertificateHandler.h"
#include "accounts/SyncCertificateHandler.h"
#include "access/AccessibilitySetup.h"
#include "startup/FirstPaintReporter.h"
#include "composer/ComposerWindow.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "net/ProtocolLog.h"
#include "theme/SystemColorScheme.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QThreadPool>
#include <QTreeView>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    Kestrel::HeapTuning::apply(); // before anything allocates much: a sync's chunks reuse the heap (HeapTuning.cpp)
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kestrel"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kestrel"));
    QApplication::setOrganizationDomain(QStringLiteral("kestrel-mail.org"));
    QApplication::setApplicationVersion(QStringLiteral(KESTREL_VERSION));
    // Desktop shells match the window to org.kestrel_mail.Kestrel.desktop (resources/) for its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.kestrel_mail.Kestrel"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.kestrel_mail.Kestrel")));
    // Every IMAP and SMTP session writes here (credentials redacted) for View > Protocol Log; declared
    // before the engines so that it outlives their threads.
    Kestrel::ProtocolLog protocolLog;
    Kestrel::ProtocolLog::setApplicationLog(&protocolLog);
    Kestrel::Ui::applySystemColorScheme(app);

    const auto options = Kestrel::App::CommandLine::parse(app);
    // A mailto: link clicked while Kestrel runs goes to the running instance (same user and profile),
    // which opens the composer; this process then has nothing left to do. The demo's screenshot run
    // stays independent of whatever the user has open.
    Kestrel::App::SingleInstance instance(options.profileDirectory);
    QString instanceError;
    if (options.screenshotFile.isEmpty()) {
        if (instance.handOver(options.positional))
            return 0;
        if (!instance.listen(&instanceError))
            instanceError = QApplication::translate("main", "Links opened elsewhere will start another Kestrel: %1").arg(instanceError);
    }
    Kestrel::App::installTranslators(app, options.language.isEmpty() ? Kestrel::Ui::AppSettings::language() : options.language);

    const Kestrel::Profile profile(options.profileDirectory);
    if (const auto error = profile.ensureExists()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kestrel"), error->userMessage);
        return 1;
    }

    QList<Kestrel::AccountSettings> accounts;
    const Kestrel::AccountRepository repository(profile.filePath(QStringLiteral("accounts.json")));
    const auto loadError = repository.load(accounts);

    // The GUI thread reads the cache through its own read-only connection; writes happen in the sync
    // engine's thread. Opening read-write once first creates or migrates the file.
    const QString cachePath = profile.filePath(QStringLiteral("cache.sqlite"));
    std::optional<Kestrel::Error> cacheError;
    {
        Kestrel::Database migrate;
        cacheError = migrate.open(cachePath);
    }
    Kestrel::Database cache;
    if (!cacheError)
        cacheError = cache.open(cachePath, Kestrel::Database::Access::ReadOnly);
    if (cacheError) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Kestrel"), cacheError->userMessage);
        return 1;
    }

    Kestrel::RemoteContentPolicy remoteContent(profile.filePath(QStringLiteral("remote-content.json")));
    const auto policyError = remoteContent.load(); // reported below; remote content stays blocked
    Kestrel::Ui::MainWindow window(cache, &remoteContent);
    QObject::connect(&window, &Kestrel::Ui::MainWindow::remoteContentPolicyChanged, &window, [&remoteContent, &window] {
        // Written on a pool thread from a copy: the GUI thread never waits on the disk.
        QThreadPool::globalInstance()->start([policy = remoteContent, &window] {
            if (const auto error = policy.save())
                QMetaObject::invokeMethod(&window, [&window, message = error->userMessage] { window.showSyncStatus(message); });
        });
    });
    window.setAccounts(accounts);
    window.showFirstInbox();
    Kestrel::Ui::AccessibilitySetup::apply(window); // screen-reader names and the panes' Tab order
    Kestrel::Ui::FirstPaintReporter::installIfAsked(window.messageView()); // KESTREL_REPORT_FIRST_PAINT=1
    window.show();
    // Every account syncs on its own thread; the window re-reads the cache when something was stored.
    Kestrel::CredentialStore credentials;
    Kestrel::Sync::SyncCoordinator sync(cachePath, credentials);
    Kestrel::Sync::ContentFetchCoordinator reading(cachePath, credentials);
    // Composer windows (issue 6): Send goes to the outbox, Save Draft to the server's Drafts folder.
    Kestrel::Send::Outbox outbox(cachePath, credentials);
    window.setOutbox(&outbox, cachePath); // the Outbox node of the folder tree
    Kestrel::Compose::ServerDrafts serverDrafts(credentials);
    Kestrel::Ui::ComposerLauncher composers(window, cachePath, profile.filePath(QStringLiteral("drafts")));
    Kestrel::Compose::RawMessageFetcher rawMessages(credentials); // forward as attachment, source not cached
    composers.setRawFetcher([&rawMessages](const Kestrel::AccountSettings &account, const QString &folder, quint32 uid,
                                           QObject *context, Kestrel::Ui::ComposerLauncher::RawDone done) {
        rawMessages.fetch(account, folder, uid, context, std::move(done));
    });
    Kestrel::Ui::OutboxSender composerSending(composers, outbox, serverDrafts);
    QObject::connect(&composers, &Kestrel::Ui::ComposerLauncher::composerOpened, &window,
                     [](Kestrel::Ui::ComposerWindow *composer) { Kestrel::Ui::AccessibilitySetup::apply(*composer); });
    if (options.screenshotFile.isEmpty())
        composers.reopenInterrupted(); // drafts whose windows a crash closed
    if (options.screenshotFile.isEmpty())
        window.setContentFetcher(&reading);
    QObject::connect(&sync, &Kestrel::Sync::SyncCoordinator::cacheChanged, &window, &Kestrel::Ui::MainWindow::cacheChanged);
    // File > Accounts: the list saves on its own (off the GUI thread); the engines follow the new list.
    auto *accountStorage = new Kestrel::Ui::AccountStorage(repository.filePath(), cachePath, credentials, &window);
    const auto useAccounts = [&window, &accounts, &sync](const QList<Kestrel::AccountSettings> &changed) {
        for (const Kestrel::AccountSettings &account : std::as_const(accounts))
            sync.stopPush(account.id);
        accounts = changed;
        window.setAccounts(accounts);
        sync.syncAll(accounts);
        sync.startPushAll(accounts);
    };
    // Certificates met by background syncs are asked about (non-modal) and pinned; without a keychain
    // service, each account's password is asked once per session and kept in memory only.
    auto *certificates = new Kestrel::Ui::SyncCertificateHandler(sync, [&accounts] { return accounts; }, &window);
    QObject::connect(certificates, &Kestrel::Ui::SyncCertificateHandler::accountsChanged, &window,
                     [accountStorage, useAccounts](const QList<Kestrel::AccountSettings> &changed) {
                         accountStorage->save(changed);
                         useAccounts(changed);
                     });
    QObject::connect(certificates, &Kestrel::Ui::SyncCertificateHandler::statusMessage, &window, &Kestrel::Ui::MainWindow::showSyncStatus);
    // The same prompt for certificates met while sending; trusting pins it and sends again.
    auto *sendCertificates = new Kestrel::Ui::SendCertificateHandler(outbox, cachePath, [&accounts] { return accounts; }, &window);
    QObject::connect(sendCertificates, &Kestrel::Ui::SendCertificateHandler::accountsChanged, &window,
                     [accountStorage, useAccounts](const QList<Kestrel::AccountSettings> &changed) {
                         accountStorage->save(changed);
                         useAccounts(changed);
                     });
    QObject::connect(sendCertificates, &Kestrel::Ui::SendCertificateHandler::statusMessage, &window, &Kestrel::Ui::MainWindow::showSyncStatus);
    auto *sessionPasswords = new Kestrel::Ui::SessionPasswordHandler(sync, credentials, [&accounts] { return accounts; }, &window);
    QObject::connect(sessionPasswords, &Kestrel::Ui::SessionPasswordHandler::statusMessage, &window, &Kestrel::Ui::MainWindow::showSyncStatus);
    QObject::connect(window.actions()->accounts, &QAction::triggered, &window, [&window, &accounts, accountStorage, useAccounts] {
        auto *dialog = new Kestrel::Ui::AccountListDialog(accounts, accountStorage, {}, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &Kestrel::Ui::AccountListDialog::accountsChanged, &window, useAccounts);
        dialog->open();
    });
    // Edit > Settings: application settings go to QSettings; a changed prefetch is an account change.
    QObject::connect(window.actions()->settings, &QAction::triggered, &window, [&window, &accounts, accountStorage, useAccounts] {
        auto *dialog = new Kestrel::Ui::SettingsDialog(accounts, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &Kestrel::Ui::SettingsDialog::accountsChanged, &window,
                         [accountStorage, useAccounts](const QList<Kestrel::AccountSettings> &changed) {
                             accountStorage->save(changed);
                             useAccounts(changed);
                         });
        dialog->open();
    });
    // mailto: links from this launch and from later ones (SingleInstance).
    Kestrel::App::LaunchArguments launchArguments(window, composers, [&accounts] { return accounts; });
    QObject::connect(&instance, &Kestrel::App::SingleInstance::argumentsReceived, &launchArguments,
                     &Kestrel::App::LaunchArguments::open);
    const auto accountName = [&accounts](const QString &id) {
        const auto account = Kestrel::findAccount(accounts, id);
        return account ? account->displayName : id;
    };
    QObject::connect(&sync, &Kestrel::Sync::SyncCoordinator::accountFinished, &window,
                     [&window, accountName](const QString &id, const std::optional<Kestrel::Error> &error) {
                         const QString name = accountName(id);
                         window.showSyncStatus(error ? name + QStringLiteral(": ") + error->userMessage
                                                     : QApplication::translate("main", "%1 is up to date.").arg(name));
                     });
    QObject::connect(&sync, &Kestrel::Sync::SyncCoordinator::connectionStateChanged, &window,
                     &Kestrel::Ui::MainWindow::setConnectionStatus);
    Kestrel::Ui::NewMailNotifier notifier;
    QObject::connect(&sync, &Kestrel::Sync::SyncCoordinator::newMail, &window,
                     [&window, &notifier, accountName](const Kestrel::Sync::NewMail &mail) {
                         window.showSyncStatus(Kestrel::Ui::NewMailNotifier::describe(mail, accountName(mail.accountId)));
                         notifier.notify(mail, accountName(mail.accountId));
                     });
    QObject::connect(&notifier, &Kestrel::Ui::NewMailNotifier::activated, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(&window, &Kestrel::Ui::MainWindow::syncRequested, &sync, [&sync, &accounts] { sync.syncAll(accounts); });
    QObject::connect(&window, &Kestrel::Ui::MainWindow::messageActionRequested, &sync,
                     [&sync, &accounts](const QString &accountId, const Kestrel::Sync::UserAction &action) {
                         if (const auto account = Kestrel::findAccount(accounts, accountId))
                             sync.apply(*account, action);
                     });
    QObject::connect(&sync, &Kestrel::Sync::SyncCoordinator::actionFinished, &window,
                     [&window, accountName](const QString &id, const std::optional<Kestrel::Error> &error, const QStringList &notes) {
                         if (error)
                             window.showSyncStatus(accountName(id) + QStringLiteral(": ") + error->userMessage);
                         else if (!notes.isEmpty())
                             window.showSyncStatus(accountName(id) + QStringLiteral(": ") + notes.join(QLatin1Char(' ')));
                     });
    if (options.screenshotFile.isEmpty()) {
        sync.syncAll(accounts);
        sync.startPushAll(accounts); // new mail arrives by IDLE on connections of its own
    }

    if (accounts.isEmpty() && options.screenshotFile.isEmpty() && !loadError)
        window.actions()->accounts->trigger(); // a first start: straight to adding an account
    if (loadError) // shown without blocking start-up; the file is left untouched for the user to inspect
        QMessageBox::warning(&window, QApplication::translate("main", "Kestrel"), loadError->userMessage);
    if (policyError)
        window.showSyncStatus(policyError->userMessage);
    if (!instanceError.isEmpty())
        window.showSyncStatus(instanceError);
    if (!options.positional.isEmpty() && options.screenshotFile.isEmpty())
        launchArguments.open(options.positional);

    if (!options.screenshotFile.isEmpty()) {
        // A picture of real use: the newest message of the Inbox open in the reader.
        window.messageView()->setCurrentIndex(window.messageView()->model()->index(0, 0));
        auto *taker = new Kestrel::App::ScreenshotTaker(&window, options.screenshotFile, &app);
        taker->scheduleWhenReady();
    }
    return app.exec();
}

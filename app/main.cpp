// Kestrel's GUI entry point and composition root: parses options, installs translators, opens the
// profile and shows the main window.
#include "CommandLine.h"
#include "ScreenshotTaker.h"
#include "Translations.h"

#include "MainWindow.h"
#include "account/AccountRepository.h"
#include "account/Profile.h"
#include "cache/Database.h"

#include <QApplication>
#include <QTreeView>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kestrel"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kestrel"));
    QApplication::setOrganizationDomain(QStringLiteral("kestrel-mail.org"));
    QApplication::setApplicationVersion(QStringLiteral(KESTREL_VERSION));

    const auto options = Kestrel::App::CommandLine::parse(app);
    Kestrel::App::installTranslators(app, options.language);

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

    Kestrel::Ui::MainWindow window(cache);
    window.setAccounts(accounts);
    window.showFirstInbox();
    window.show();
    if (loadError) // shown without blocking start-up; the file is left untouched for the user to inspect
        QMessageBox::warning(&window, QApplication::translate("main", "Kestrel"), loadError->userMessage);

    if (!options.screenshotFile.isEmpty()) {
        // A picture of real use: the newest message of the Inbox open in the reader.
        window.messageView()->setCurrentIndex(window.messageView()->model()->index(0, 0));
        auto *taker = new Kestrel::App::ScreenshotTaker(&window, options.screenshotFile, &app);
        taker->scheduleWhenReady();
    }
    return app.exec();
}

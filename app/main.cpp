// Kestrel's GUI entry point and composition root: parses options, installs translators, opens the
// profile and shows the main window.
#include "CommandLine.h"
#include "ScreenshotTaker.h"
#include "Translations.h"

#include "MainWindow.h"
#include "account/Profile.h"

#include <QApplication>
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

    Kestrel::Ui::MainWindow window;
    window.show();

    if (!options.screenshotFile.isEmpty()) {
        auto *taker = new Kestrel::App::ScreenshotTaker(&window, options.screenshotFile, &app);
        taker->scheduleWhenReady();
    }
    return app.exec();
}

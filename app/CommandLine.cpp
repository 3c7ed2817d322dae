#include "CommandLine.h"

#include "account/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Kestrel::App {

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Kestrel, a fast desktop mail client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Use the profile in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the main window to <file> once it is shown, then quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("main", "Use the user-interface language <code> (en, ru, lv)."),
                                      QStringLiteral("code"));
    parser.addOptions({profile, screenshot, language});
    parser.addPositionalArgument(QStringLiteral("mailto"), QCoreApplication::translate("main", "A mailto: link to compose."));
    parser.process(app);

    CommandLine result;
    result.profileDirectory = parser.isSet(profile) ? parser.value(profile) : Profile::defaultDirectory();
    result.screenshotFile = parser.value(screenshot);
    result.language = parser.value(language);
    result.positional = parser.positionalArguments();
    return result;
}

} // namespace Kestrel::App

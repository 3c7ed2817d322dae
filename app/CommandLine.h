#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Kestrel::App {

struct CommandLine {
    QString profileDirectory; // --profile DIR, else the platform default
    QString screenshotFile;   // --screenshot FILE: save the main window once shown, then quit
    QString language;         // --language CODE (ru, lv, en), else the system locale
    QStringList positional;   // mailto: URLs and the like

    // Parses the application's arguments; --help and --version print and exit like every CLI tool.
    static CommandLine parse(const QCoreApplication &app);
};

} // namespace Kestrel::App

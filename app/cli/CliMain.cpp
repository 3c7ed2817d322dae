// kestrel-cli: Kestrel without a window, on the same core and the same profile as the GUI, for scripts,
// benchmarks and power users. Plain text by default, --json for machines; non-zero exit on failure.
#include "CliRegistry.h"

#include "account/Profile.h"
#include "common/HeapTuning.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <map>
#include <memory>

using namespace Kestrel;
using namespace Kestrel::Cli;

namespace {

struct GlobalOptions {
    QString profile = Profile::defaultDirectory();
    bool json = false;
    bool help = false;
    bool version = false;
    QStringList rest; // command words and their arguments
};

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--profile") && i + 1 < arguments.size())
            options.profile = arguments[++i];
        else if (arg.startsWith(QLatin1String("--profile=")))
            options.profile = arg.mid(10);
        else if (arg == QLatin1String("--json"))
            options.json = true;
        else if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            options.help = true;
        else if (arg == QLatin1String("--version"))
            options.version = true;
        else
            options.rest << arg;
    }
    return options;
}

QString usage()
{
    // The command synopses are syntax, not prose: only the headings are translated.
    QString text = QCoreApplication::translate("kestrel-cli", "Usage:")
        + QStringLiteral(" kestrel-cli [--profile DIR] [--json] COMMAND [ARGS]\n")
        + QCoreApplication::translate("kestrel-cli", "Commands:");
    for (const auto &entry : CliRegistry::entries())
        text += QLatin1Char('\n') + QString::fromLatin1(entry.synopsis);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    HeapTuning::apply(); // before anything allocates much: a sync's chunks reuse the heap (HeapTuning.cpp)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kestrel"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kestrel-mail.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KESTREL_VERSION));

    GlobalOptions options = parseGlobalOptions(QCoreApplication::arguments());
    if (options.version) {
        std::printf("kestrel-cli %s\n", KESTREL_VERSION);
        return 0;
    }
    std::unique_ptr<CliCommand> command = CliRegistry::take(options.rest);
    if (options.help || !command) {
        std::fprintf(options.help ? stdout : stderr, "%s\n", usage().toLocal8Bit().constData());
        return options.help ? 0 : 2;
    }
    const Profile profile(options.profile);
    if (const auto error = profile.ensureExists()) {
        CliOutput::error(error->userMessage);
        return 1;
    }
    CliContext context{profile, CliOutput(options.json), options.rest, [](int code) { QCoreApplication::exit(code); }};
    // Run from the event loop so asynchronous commands (keychain, network) can finish there.
    QTimer::singleShot(0, &app, [&] { command->run(context); });
    return app.exec();
}

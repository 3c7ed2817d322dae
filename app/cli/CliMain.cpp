// kestrel-cli: Kestrel without a window, on the same core and the same profile as the GUI, for scripts,
// benchmarks and power users. Plain text by default, --json for machines; non-zero exit on failure.
#include "AccountCommands.h"
#include "ShowFileCommand.h"
#include "SyncCommands.h"

#include "account/Profile.h"

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
    // The command synopsis is syntax, not prose: only the headings are translated.
    static const char *const synopsis =
        "  account add --name NAME --email ADDR [--user USER] --imap-host H --imap-port P\n"
        "      --imap-security tls|starttls|none --smtp-host H --smtp-port P --smtp-security tls|starttls|none\n"
        "      [--trust-certificate SHA256] [--password-stdin]\n"
        "  accounts\n"
        "  account remove NAME\n"
        "  show-file FILE.eml\n"
        "  sync [ACCOUNT [FOLDER]]\n"
        "  folders [ACCOUNT]\n"
        "  list ACCOUNT FOLDER [--limit N]";
    return QCoreApplication::translate("kestrel-cli", "Usage:")
        + QStringLiteral(" kestrel-cli [--profile DIR] [--json] COMMAND [ARGS]\n")
        + QCoreApplication::translate("kestrel-cli", "Commands:") + QLatin1Char('\n') + QString::fromLatin1(synopsis);
}

// Finds the command for the leading words ("account add", "accounts", ...); consumes those words.
std::unique_ptr<CliCommand> takeCommand(QStringList &words)
{
    const QString first = words.value(0), second = words.value(1);
    auto take = [&words](int count, CliCommand *command) {
        words = words.mid(count);
        return std::unique_ptr<CliCommand>(command);
    };
    if (first == QLatin1String("account") && second == QLatin1String("add"))
        return take(2, new AccountAddCommand);
    if (first == QLatin1String("account") && second == QLatin1String("remove"))
        return take(2, new AccountRemoveCommand);
    if (first == QLatin1String("accounts"))
        return take(1, new AccountListCommand);
    if (first == QLatin1String("show-file"))
        return take(1, new ShowFileCommand);
    if (first == QLatin1String("sync"))
        return take(1, new SyncCommand);
    if (first == QLatin1String("folders"))
        return take(1, new FoldersCommand);
    if (first == QLatin1String("list"))
        return take(1, new ListCommand);
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kestrel"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kestrel-mail.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KESTREL_VERSION));

    GlobalOptions options = parseGlobalOptions(QCoreApplication::arguments());
    if (options.version) {
        std::printf("kestrel-cli %s\n", KESTREL_VERSION);
        return 0;
    }
    std::unique_ptr<CliCommand> command = takeCommand(options.rest);
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

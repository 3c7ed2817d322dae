#include "PrefetchCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"

#include "account/CredentialStore.h"
#include "cache/FolderStore.h"
#include "sync/bodies/BodyPrefetch.h"

#include <QJsonObject>

#include <memory>

namespace Kestrel::Cli {

namespace {
const CliRegistration<PrefetchCommand> registration({QStringLiteral("prefetch")},
                                                    "  prefetch ACCOUNT [FOLDER] [--days N] [--everything]", 33);

struct PrefetchArguments {
    QString account;
    QString folder = QStringLiteral("INBOX");
    Sync::PrefetchPolicy policy;
    bool ok = true;
};

PrefetchArguments parse(const QStringList &arguments)
{
    PrefetchArguments parsed;
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--days") && i + 1 < arguments.size())
            parsed.policy.days = arguments[++i].toInt(&parsed.ok);
        else if (arguments[i] == QLatin1String("--everything"))
            parsed.policy.mode = Sync::PrefetchPolicy::Mode::Everything;
        else if (arguments[i].startsWith(QLatin1String("--")))
            parsed.ok = false;
        else
            words << arguments[i];
    }
    parsed.account = words.value(0);
    if (words.size() > 1)
        parsed.folder = words[1];
    parsed.ok = parsed.ok && !parsed.account.isEmpty() && words.size() <= 2 && parsed.policy.days > 0;
    return parsed;
}

} // namespace

void PrefetchCommand::run(CliContext &context)
{
    const PrefetchArguments args = parse(context.arguments);
    if (!args.ok) {
        CliOutput::error(tr("Usage: prefetch ACCOUNT [FOLDER] [--days N] [--everything]"));
        return context.finish(2);
    }
    const auto account = findAccount(context, args.account);
    if (!account) {
        CliOutput::error(tr("No account named \"%1\".").arg(args.account));
        return context.finish(2);
    }
    auto database = std::make_shared<Database>();
    if (!openCache(context, *database))
        return context.finish(1);
    std::optional<FolderInfo> folder;
    if (const auto error = FolderStore(*database).findFolder(account->id, args.folder, folder)) {
        CliOutput::error(error->toString());
        return context.finish(1);
    }
    if (!folder) {
        CliOutput::error(tr("The folder \"%1\" is not in the cache; run sync first.").arg(args.folder));
        return context.finish(2);
    }
    auto *store = new CredentialStore(QStringLiteral("Kestrel"), qApp);
    readLoginSecret(*store, *account, [&context, store, database, account = *account, folder = *folder,
                                       policy = args.policy](std::optional<QString> password, std::optional<Error> error) {
        store->deleteLater();
        if (error || !password) {
            CliOutput::error(error ? error->toString() : tr("No password is stored for \"%1\".").arg(account.displayName));
            return context.finish(1);
        }
        auto *prefetch = new Sync::BodyPrefetch(account, *password, *database, qApp);
        QObject::connect(prefetch, &Sync::BodyPrefetch::finished, prefetch,
                         [&context, prefetch, database, account, folder](const std::optional<Error> &failure) {
                             prefetch->deleteLater();
                             if (failure) {
                                 CliOutput::error(account.displayName + QStringLiteral(": ") + failure->toString());
                                 return context.finish(1);
                             }
                             context.output.line(tr("%1/%2: %n message(s) prefetched", nullptr, prefetch->messagesFetched())
                                                     .arg(account.displayName, folder.name));
                             context.output.document(QJsonObject{{QStringLiteral("account"), account.displayName},
                                                                 {QStringLiteral("folder"), folder.name},
                                                                 {QStringLiteral("messages"), prefetch->messagesFetched()},
                                                                 {QStringLiteral("parts"), prefetch->partsFetched()}});
                             context.finish(0);
                         });
        prefetch->start(folder, policy);
    });
}

} // namespace Kestrel::Cli

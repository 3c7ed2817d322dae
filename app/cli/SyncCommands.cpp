#include "SyncCommands.h"

#include "CliRegistry.h"

#include "CliAccounts.h"

#include "account/CredentialStore.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "sync/AccountSync.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <memory>

namespace Kestrel::Cli {

namespace {
const CliRegistration<SyncCommand> syncRegistration({QStringLiteral("sync")}, "  sync [ACCOUNT [FOLDER]]", 20);
const CliRegistration<FoldersCommand> foldersRegistration({QStringLiteral("folders")}, "  folders [ACCOUNT]", 21);
const CliRegistration<ListCommand> listRegistration(
    {QStringLiteral("list")}, "  list ACCOUNT FOLDER [--limit N]", 22);
} // namespace

namespace {

QString flagLetters(const MessageFlags &flags)
{
    QString letters;
    letters += flags.isSeen() ? QLatin1Char('-') : QLatin1Char('N');
    letters += flags.system.testFlag(MessageFlag::Flagged) ? QLatin1Char('F') : QLatin1Char('-');
    letters += flags.system.testFlag(MessageFlag::Answered) ? QLatin1Char('A') : QLatin1Char('-');
    return letters;
}

} // namespace

void SyncCommand::run(CliContext &context)
{
    QList<AccountSettings> accounts = loadAccounts(context);
    const QString wanted = context.arguments.value(0);
    if (!wanted.isEmpty()) {
        const auto account = findAccount(context, wanted);
        if (!account) {
            CliOutput::error(tr("No account named \"%1\".").arg(wanted));
            return context.finish(2);
        }
        accounts = {*account};
    }
    if (accounts.isEmpty()) {
        CliOutput::error(tr("There is no account to synchronise."));
        return context.finish(2);
    }
    // One account after the other keeps the output readable; the GUI runs accounts independently.
    auto database = std::make_shared<Database>();
    if (!openCache(context, *database))
        return context.finish(1);
    auto *store = new CredentialStore(QStringLiteral("Kestrel"), qApp);
    auto remaining = std::make_shared<QList<AccountSettings>>(accounts);
    auto failures = std::make_shared<int>(0);
    const QString folder = context.arguments.value(1, QStringLiteral("INBOX"));
    auto next = std::make_shared<std::function<void()>>();
    // Weak: the steps in flight own the continuation, so it and the Database go once the last has run
    // (a strong capture of itself kept both alive, and the Database was only closed by Qt at exit).
    *next = [&context, database, store, remaining, failures, folder, weakNext = std::weak_ptr(next)] {
        const auto next = weakNext.lock();
        if (remaining->isEmpty()) {
            store->deleteLater();
            // The syncs queued their new messages for the search index without indexing them (SearchIndex.h),
            // and they stay queued: the GUI indexes them in the background after its next sync, `search`
            // before it searches, and a search meanwhile still finds them (PendingSearchMatch). Indexing
            // here kept a cold 100k-message sync running 0.7 s longer on one core, the other idle.
            return context.finish(*failures ? 1 : 0);
        }
        const AccountSettings account = remaining->takeFirst();
        auto *sync = new Sync::AccountSync(account, std::nullopt, *database, qApp);
        QObject::connect(sync, &Sync::AccountSync::folderSynced, sync, [&context, account](qint64, int added, int removed, int changed) {
            context.output.line(tr("%1: %2 new, %3 removed, %4 changed").arg(account.displayName).arg(added).arg(removed).arg(changed));
        });
        QObject::connect(sync, &Sync::AccountSync::finished, sync, [sync, account, failures, next](const std::optional<Error> &failure) {
            if (failure) {
                // The keychain's own message names the account already.
                CliOutput::error(failure->code == Error::Code::Keychain ? failure->userMessage
                                                                        : account.displayName + QStringLiteral(": ") + failure->toString());
                ++*failures;
            }
            sync->deleteLater();
            (*next)();
        });
        Sync::AccountSync::Options options;
        options.folders = {folder};
        sync->start(options);
        // Read while the connection is made: the login waits for it (AccountSync's constructor).
        const QPointer<Sync::AccountSync> alive(sync);
        readLoginSecret(*store, account, [alive, account](std::optional<QString> password, std::optional<Error> error) {
            if (!alive)
                return;
            if (error || !password)
                return alive->passwordUnavailable(error ? *error : Error::make(Error::Code::Keychain,
                                                                               tr("No password is stored for \"%1\".").arg(account.displayName)));
            alive->providePassword(*password);
        });
    };
    (*next)();
}

void FoldersCommand::run(CliContext &context)
{
    Database database;
    if (!openCache(context, database))
        return context.finish(1);
    const QString wanted = context.arguments.value(0);
    QJsonArray list;
    for (const AccountSettings &account : loadAccounts(context)) {
        if (!wanted.isEmpty() && account.displayName != wanted && account.id != wanted)
            continue;
        QList<FolderInfo> folders;
        if (const auto error = FolderStore(database).folders(account.id, folders)) {
            CliOutput::error(error->userMessage);
            return context.finish(1);
        }
        for (const FolderInfo &folder : std::as_const(folders)) {
            context.output.line(QStringLiteral("%1\t%2\t%3\t%4").arg(account.displayName, folder.name)
                                    .arg(folder.totalCount).arg(folder.unreadCount));
            list.append(QJsonObject{{QStringLiteral("account"), account.id}, {QStringLiteral("name"), folder.name},
                                    {QStringLiteral("role"), int(folder.role)},
                                    {QStringLiteral("total"), qint64(folder.totalCount)},
                                    {QStringLiteral("unread"), qint64(folder.unreadCount)}});
        }
    }
    context.output.document(list);
    context.finish(0);
}

void ListCommand::run(CliContext &context)
{
    const auto account = findAccount(context, context.arguments.value(0));
    const QString folderName = context.arguments.value(1);
    const qsizetype limitAt = context.arguments.indexOf(QStringLiteral("--limit"));
    const int limit = limitAt >= 0 ? context.arguments.value(limitAt + 1).toInt() : 50;
    Database database;
    if (!account || folderName.isEmpty() || limit <= 0) {
        CliOutput::error(tr("Usage: list ACCOUNT FOLDER [--limit N]"));
        return context.finish(2);
    }
    if (!openCache(context, database))
        return context.finish(1);
    std::optional<FolderInfo> folder;
    QList<MessageSummary> rows;
    auto error = FolderStore(database).findFolder(account->id, folderName, folder);
    if (!error && folder)
        error = MessageListReader(database).page(folder->id, MessageOrder{}, 0, limit, rows);
    if (error || !folder) {
        CliOutput::error(error ? error->userMessage : tr("The folder \"%1\" is not in the cache; run sync first.").arg(folderName));
        return context.finish(error ? 1 : 2);
    }
    QJsonArray list;
    for (const MessageSummary &m : std::as_const(rows)) {
        const QString from = m.from.isEmpty() ? QString() : m.from.first().toDisplayString();
        context.output.line(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(m.uid).arg(flagLetters(m.flags),
                                m.internalDate.toString(Qt::ISODate), from, m.subject));
        list.append(QJsonObject{{QStringLiteral("uid"), qint64(m.uid)}, {QStringLiteral("subject"), m.subject},
                                {QStringLiteral("from"), from}, {QStringLiteral("date"), m.internalDate.toString(Qt::ISODate)},
                                {QStringLiteral("seen"), m.flags.isSeen()},
                                {QStringLiteral("flagged"), m.flags.system.testFlag(MessageFlag::Flagged)}});
    }
    context.output.document(list);
    context.finish(0);
}

} // namespace Kestrel::Cli

#include "ShowCommandSupport.h"

#include "CliAccounts.h"

#include "account/CredentialStore.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "sync/bodies/BodyFetcher.h"
#include "sync/bodies/MessageParts.h"

#include <QCoreApplication>
#include <QTimer>

namespace Kestrel::Cli {

namespace {

// Whether the cache has all that is wanted already; then not even the keychain is asked.
bool isCached(Database &database, const CliMessage &message, std::optional<int> attachmentIndex)
{
    const auto parts = Sync::MessageParts::fromStored(message.summary.bodyStructure);
    if (!parts || (attachmentIndex && (*attachmentIndex < 0 || *attachmentIndex >= parts->attachments.size())))
        return false;
    const QList<PartInfo> wanted = attachmentIndex ? QList<PartInfo>{parts->attachments.at(*attachmentIndex)} : parts->forDisplay();
    QList<PartInfo> missing;
    return !Sync::BodyFetcher::missingParts(database, message.summary.id, wanted, missing) && missing.isEmpty();
}

} // namespace

std::optional<CliMessage> ShowCommandSupport::findMessage(const CliContext &context, Database &database,
                                                          const QStringList &args, int &exitCode)
{
    exitCode = 2;
    const auto account = findAccount(context, args.value(0));
    if (!account) {
        CliOutput::error(tr("No account named \"%1\".").arg(args.value(0)));
        return std::nullopt;
    }
    bool uidOk = false;
    const quint32 uid = args.value(2).toUInt(&uidOk);
    if (!uidOk || uid == 0) {
        CliOutput::error(tr("\"%1\" is not a message UID.").arg(args.value(2)));
        return std::nullopt;
    }
    exitCode = 1;
    if (!openCache(context, database))
        return std::nullopt;
    std::optional<FolderInfo> folder;
    std::optional<MessageSummary> summary;
    auto error = FolderStore(database).findFolder(account->id, args.value(1), folder);
    if (!error && folder)
        error = MessageListReader(database).message(folder->id, uid, summary);
    if (error) {
        CliOutput::error(error->toString());
        return std::nullopt;
    }
    exitCode = 2;
    if (!folder) {
        CliOutput::error(tr("The folder \"%1\" is not in the cache; run sync first.").arg(args.value(1)));
        return std::nullopt;
    }
    if (!summary) {
        CliOutput::error(tr("There is no message with UID %1 in \"%2\"; run sync first.").arg(uid).arg(folder->name));
        return std::nullopt;
    }
    exitCode = 0;
    return CliMessage{*account, *folder, *summary};
}

void ShowCommandSupport::fetchThen(CliContext &context, const std::shared_ptr<Database> &database,
                                   const CliMessage &message, std::optional<int> attachmentIndex, bool offline,
                                   std::function<int()> fromCache)
{
    const auto done = [&context, fromCache](const std::optional<Error> &error) {
        if (error) {
            CliOutput::error(error->toString());
            return context.finish(1);
        }
        context.finish(fromCache());
    };
    if (offline || isCached(*database, message, attachmentIndex))
        return QTimer::singleShot(0, qApp, [done] { done(std::nullopt); });
    auto *store = new CredentialStore(QStringLiteral("Kestrel"), qApp);
    readLoginSecret(*store, message.account, [store, database, message, attachmentIndex, done](std::optional<QString> password,
                                                                                                 std::optional<Error> error) {
        store->deleteLater();
        if (error || !password)
            return done(error ? error : Error::make(Error::Code::Keychain, tr("No password is stored for \"%1\".")
                                                                               .arg(message.account.displayName)));
        auto *fetcher = new Sync::BodyFetcher(message.account, *password, *database, qApp);
        password->fill(QLatin1Char('\0'));
        QObject::connect(fetcher, &Sync::BodyFetcher::finished, fetcher, [fetcher, database, done](const std::optional<Error> &failure) {
            fetcher->deleteLater();
            done(failure);
        });
        if (attachmentIndex)
            fetcher->fetchAttachment(message.summary.id, *attachmentIndex);
        else
            fetcher->fetchForDisplay(message.summary.id);
    });
}

} // namespace Kestrel::Cli

#include "CliAccounts.h"

#include "account/AccountRepository.h"
#include "account/oauth/OAuthTokenBroker.h"
#include "account/oauth/OAuthTokenSource.h"

#include <QCoreApplication>

namespace Kestrel::Cli {

QList<AccountSettings> loadAccounts(const CliContext &context)
{
    QList<AccountSettings> accounts;
    if (const auto error = AccountRepository(context.profile.filePath(QStringLiteral("accounts.json"))).load(accounts))
        CliOutput::error(error->userMessage);
    return accounts;
}

std::optional<AccountSettings> findAccount(const CliContext &context, const QString &nameOrId)
{
    const QList<AccountSettings> accounts = loadAccounts(context);
    for (const AccountSettings &account : accounts) {
        if (account.displayName == nameOrId || account.id == nameOrId)
            return account;
    }
    return std::nullopt;
}

bool openCache(const CliContext &context, Database &database)
{
    if (const auto error = database.open(context.profile.filePath(QStringLiteral("cache.sqlite")))) {
        CliOutput::error(error->toString());
        return false;
    }
    return true;
}

void readLoginSecret(CredentialStore &credentials, const AccountSettings &account, CredentialStore::ReadCallback done)
{
    if (account.authentication != AccountSettings::Authentication::OAuth2)
        return credentials.read(account.secretKey(), std::move(done));
    // One token source for the process, on a keychain of its own: the commands drop their store early.
    static OAuthTokenSource *const source = [] {
        auto *keychain = new CredentialStore(QStringLiteral("Kestrel"), qApp);
        return new OAuthTokenSource(*keychain, keychain);
    }();
    OAuthTokenBroker::offer(account.id, source);
    QMetaObject::invokeMethod(qApp, [done = std::move(done)] { done(QString(), std::nullopt); }, Qt::QueuedConnection);
}

} // namespace Kestrel::Cli

#include "CliAccounts.h"

#include "account/AccountRepository.h"

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

} // namespace Kestrel::Cli

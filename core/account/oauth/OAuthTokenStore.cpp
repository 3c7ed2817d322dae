#include "account/oauth/OAuthTokenStore.h"

#include "account/AccountSettings.h"
#include "account/CredentialStore.h"

namespace Kestrel {

OAuthTokenStore::OAuthTokenStore(CredentialStore &credentials)
    : m_credentials(credentials)
{
}

QString OAuthTokenStore::keyFor(const AccountSettings &account)
{
    return account.secretKey() + QStringLiteral(":oauth");
}

void OAuthTokenStore::load(const AccountSettings &account, LoadCallback done)
{
    m_credentials.read(keyFor(account), [done = std::move(done)](std::optional<QString> secret, std::optional<Error> error) {
        if (error || !secret) {
            done(std::nullopt, error);
            return;
        }
        done(OAuthTokens::fromSecret(*secret), std::nullopt);
    });
}

void OAuthTokenStore::save(const AccountSettings &account, const OAuthTokens &tokens, DoneCallback done)
{
    m_credentials.write(keyFor(account), tokens.toSecret(), std::move(done));
}

void OAuthTokenStore::remove(const AccountSettings &account, DoneCallback done)
{
    m_credentials.remove(keyFor(account), std::move(done));
}

} // namespace Kestrel

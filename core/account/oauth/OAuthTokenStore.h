#pragma once

#include "account/oauth/OAuthTokens.h"
#include "common/Error.h"

#include <QString>

#include <functional>
#include <optional>

namespace Kestrel {

class CredentialStore;
struct AccountSettings;

// Keeps an account's OAuth2 tokens in the keychain, as one entry beside its password entry
// (secretKey() + ":oauth"), so removing an account can find both. Asynchronous like CredentialStore.
class OAuthTokenStore
{
public:
    using LoadCallback = std::function<void(std::optional<OAuthTokens> tokens, std::optional<Error> error)>;
    using DoneCallback = std::function<void(std::optional<Error> error)>;

    explicit OAuthTokenStore(CredentialStore &credentials);

    static QString keyFor(const AccountSettings &account);
    // No entry, or one that is not tokens: (nullopt, nullopt).
    void load(const AccountSettings &account, LoadCallback done);
    void save(const AccountSettings &account, const OAuthTokens &tokens, DoneCallback done);
    void remove(const AccountSettings &account, DoneCallback done);

private:
    CredentialStore &m_credentials;
};

} // namespace Kestrel

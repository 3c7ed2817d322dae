#pragma once

#include "account/AccountSettings.h"
#include "account/oauth/OAuthTokenStore.h"
#include "common/Error.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Kestrel {

class CredentialStore;
class OAuthTokenRefresher;

// Hands IMAP and SMTP a usable access token for an OAuth2 account: the saved one while it is fresh,
// else a refreshed one (saved again before it is handed out). signIn() adds the one retry the issue
// asks for: when the server refuses a token that looked fresh (revoked early, clock skew), it refreshes
// once and tries again; a second refusal, or a refresh the provider refuses, is the caller's error.
// Refreshes go through OAuthRefreshGate: with several sources for one account (sync, outbox), only one
// spends the refresh token at a time and the others get its result.
class OAuthTokenSource : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(std::optional<QString> accessToken, std::optional<Error> error)>;
    using DoneCallback = std::function<void(std::optional<Error> error)>;
    // Logs in with `accessToken` and calls `done` with nullopt, or with the error (an Error::Code::
    // Authentication one when the server refused the token).
    using Attempt = std::function<void(const QString &accessToken, DoneCallback done)>;

    // Tokens this close to expiry are refreshed first: a login takes a few seconds.
    static constexpr int ExpiryMarginSeconds = 60;

    explicit OAuthTokenSource(CredentialStore &credentials, QObject *parent = nullptr);
    ~OAuthTokenSource() override;

    void accessToken(const AccountSettings &account, bool forceRefresh, TokenCallback done);
    void signIn(const AccountSettings &account, Attempt attempt, DoneCallback done);

    // Asks for a token (forceRefresh: a new one from the provider), answering on the caller's thread.
    using Fetch = std::function<void(bool forceRefresh, TokenCallback done)>;
    // signIn()'s retry with tokens from `fetch`: OAuthTokenBroker uses it across threads.
    static void signInWith(Fetch fetch, Attempt attempt, DoneCallback done);

private:
    void refreshAndSave(const AccountSettings &account, const OAuthTokens &tokens, TokenCallback done);

    OAuthTokenStore m_store;
    OAuthTokenRefresher *m_refresher;
};

} // namespace Kestrel

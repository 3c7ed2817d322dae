#pragma once

#include "account/AccountSettings.h"
#include "account/oauth/OAuthTokenSource.h"

#include <QString>

namespace Kestrel {

// Hands access tokens to logins on any thread. The keychain (CredentialStore: its QtKeychain jobs are
// its children) and so the OAuthTokenSource live on the thread that made them, while AccountSync,
// FolderWatcher, AccountSend... log in on worker threads. Whoever reads the keychain for an OAuth2
// account (SyncCoordinator, Outbox, kestrel-cli) offers its source here for that account; a login asks
// at every connection attempt (fetch or signIn), so a push connection reconnecting hours later gets a
// fresh token rather than one captured at start. The request runs on the source's thread and the answer
// comes back on `context`'s thread; nothing answers when `context` is gone.
class OAuthTokenBroker
{
public:
    // `source` serves `accountId` until it is destroyed or another source is offered for the account.
    static void offer(const QString &accountId, OAuthTokenSource *source);
    // offer() only when no live source serves the account yet: the account wizard's short-lived source
    // must not displace the one the running sync and push connections ask at every reconnect.
    static void offerUnlessServed(const QString &accountId, OAuthTokenSource *source);
    static void fetch(const AccountSettings &account, bool forceRefresh, QObject *context,
                      OAuthTokenSource::TokenCallback done);
    // OAuthTokenSource::signIn across threads: one refresh and retry when the server refuses the token.
    static void signIn(const AccountSettings &account, QObject *context, OAuthTokenSource::Attempt attempt,
                       OAuthTokenSource::DoneCallback done);
};

} // namespace Kestrel

#pragma once

#include "account/oauth/OAuthTokens.h"
#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Kestrel {

// One refresh per account at a time, process-wide. The sync's and the outbox's OAuthTokenSource (and any
// other) load the same keychain entry; when both find the access token expiring, or both are refused, they
// would each spend the refresh token, and a provider that rotates refresh tokens (Microsoft does) answers
// the second with invalid_grant: "sign in again" for no reason. So the first asker refreshes and the
// others wait for its answer; and a source that loaded the keychain just before a refresh saved new tokens
// is handed those instead of spending the old refresh token again. Thread-safe; answers reach each waiter
// on its context's thread.
class OAuthRefreshGate
{
public:
    using TokenCallback = std::function<void(std::optional<QString> accessToken, std::optional<Error> error)>;

    // The tokens the last refresh in this process produced, when `loaded` is older than them (it still
    // holds the refresh token that refresh spent): nullopt when `loaded` is current.
    static std::optional<OAuthTokens> newerThan(const QString &accountId, const OAuthTokens &loaded);

    // true: no refresh is in flight for the account, the caller (`leader`, alive until finish()) runs it and
    // must call finish(). false: one is in flight; `done` is called with its outcome. Either way `done` is
    // called once, on `leader`'s thread, when finish() runs.
    static bool join(const QString &accountId, QObject *leader, TokenCallback done);
    // Ends the account's refresh: `fresh` are the new tokens (already in the keychain), or `error` why not.
    static void finish(const QString &accountId, const QString &spentRefreshToken,
                       const std::optional<OAuthTokens> &fresh, const std::optional<Error> &error);
    // `leader` is going away before its refreshes ended: the others waiting on them get `error` (they may
    // ask again) rather than waiting for ever; its own callbacks are dropped.
    static void abandon(QObject *leader, const Error &error);
};

} // namespace Kestrel

#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Kestrel {
namespace Imap {
class ImapSession;
struct LoginResult;
}

namespace Sync {

// Connects to an account's IMAP server and logs in, for the on-demand body fetchers that have no open
// session to borrow. `done` runs exactly once, from the event loop: with the logged-in session (a child
// of `owner`, which then owns it) or with the error and a null session. The password is not kept.
class ImapLogin
{
public:
    using Done = std::function<void(Imap::ImapSession *session, std::optional<Error> error)>;
    static void open(const AccountSettings &account, QString password, QObject *owner, Done done);

    // The one place every IMAP login of an account goes through (sync, replay, push, bodies, Sent filing):
    // LOGIN/AUTHENTICATE with `password`, or for an OAuth2 account (password unused, may be empty) with an
    // access token asked from OAuthTokenBroker at this very attempt, refreshed and tried once more when the
    // server refuses it. `done` runs once on `context`'s thread with the last LoginResult.
    using LoginDone = std::function<void(const Imap::LoginResult &result)>;
    static void authenticate(Imap::ImapSession *session, const AccountSettings &account, QString password,
                             QObject *context, LoginDone done);
};

} // namespace Sync
} // namespace Kestrel

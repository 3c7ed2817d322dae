#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Kestrel {
namespace Imap {
class ImapSession;
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
};

} // namespace Sync
} // namespace Kestrel

#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Kestrel {
namespace Imap {
class ImapSession;
}

namespace Sync {

// The IMAP session a body job (BodyFetcher, BodyPrefetch) works on: an open, logged-in one it borrows
// (the account's own connection), or one of its own, logged in on first use (ImapLogin) and logged out
// on release(). The password is kept only while the lease lives, for a later login, and then wiped.
class SessionLease
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Sync::SessionLease)
public:
    using Ready = std::function<void(Imap::ImapSession *session, std::optional<Error> error)>;

    explicit SessionLease(Imap::ImapSession &session);
    SessionLease(AccountSettings account, QString password);
    ~SessionLease();
    SessionLease(const SessionLease &) = delete;
    SessionLease &operator=(const SessionLease &) = delete;

    // `ready` runs once, from the event loop, with a usable session or the error. An own session is
    // created as a child of `owner` (the job), so it never outlives the job.
    void acquire(QObject *owner, Ready ready);
    // An own session says LOGOUT and is dropped whatever the server answers; a borrowed one stays as is.
    void release();

private:
    QPointer<Imap::ImapSession> m_session;
    bool m_own = false;
    AccountSettings m_account;
    QString m_password;
};

} // namespace Sync
} // namespace Kestrel

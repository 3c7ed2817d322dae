#include "sync/bodies/SessionLease.h"

#include "imap/commands/LogoutCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/bodies/ImapLogin.h"

#include <QTimer>

#include <memory>

namespace Kestrel::Sync {

SessionLease::SessionLease(Imap::ImapSession &session)
    : m_session(&session)
{
}

SessionLease::SessionLease(AccountSettings account, QString password)
    : m_own(true)
    , m_account(std::move(account))
    , m_password(std::move(password))
{
}

SessionLease::~SessionLease()
{
    m_password.fill(QLatin1Char('\0'));
    // An own session is a child of the job and goes with it, in QObject's destructor, where the job's
    // callbacks can no longer run. Aborting it here would end its commands while the job is half
    // destroyed (its members gone, its QObject still alive) and run their callbacks on it.
}

void SessionLease::acquire(QObject *owner, Ready ready)
{
    if (m_session || !m_own) {
        Imap::ImapSession *session = m_session;
        QTimer::singleShot(0, owner, [session, ready] {
            if (session)
                return ready(session, std::nullopt);
            ready(nullptr, Error::make(Error::Code::Cancelled, tr("The connection to the server was closed.")));
        });
        return;
    }
    ImapLogin::open(m_account, m_password, owner, [this, ready](Imap::ImapSession *session, std::optional<Error> error) {
        m_session = session;
        ready(session, std::move(error));
    });
}

void SessionLease::release()
{
    if (!m_own || !m_session)
        return;
    Imap::ImapSession *session = m_session;
    m_session = nullptr;
    session->run(std::make_unique<Imap::LogoutCommand>(), session,
                 [session](const Imap::CommandResult &) { session->deleteLater(); });
}

} // namespace Kestrel::Sync

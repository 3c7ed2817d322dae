#include "sync/actions/AccountReplay.h"

#include "imap/commands/LoginCommand.h"
#include "sync/bodies/ImapLogin.h"
#include "imap/commands/LogoutCommand.h"
#include "imap/session/ImapSession.h"
#include "cache/Database.h"

#include <QTimer>

namespace Kestrel::Sync {

AccountReplay::AccountReplay(AccountSettings account, QString password, Database &database, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_password(std::move(password))
    , m_database(database)
{
}

AccountReplay::~AccountReplay()
{
    m_password.fill(QLatin1Char('\0'));
    if (m_session)
        m_session->abort();
}

void AccountReplay::start()
{
    m_finished = false;
    int pending = 0;
    if (auto error = OfflineQueue(m_database).count(m_account.id, pending))
        return fail(*error);
    if (pending == 0) {
        QTimer::singleShot(0, this, [this] { finish(ReplayReport()); });
        return;
    }
    m_lock = std::make_unique<ReplayLock>(m_database.filePath(), m_account.id);
    waitForLock(0);
}

void AccountReplay::waitForLock(int waitedMs)
{
    constexpr int PollMs = 200;
    if (m_lock->tryLock())
        return connectToServer();
    if (waitedMs >= LockWaitMs) {
        ReplayReport report;
        report.replayedElsewhere = true;
        report.notes << tr("Another Kestrel window or command is sending this account's queued actions.");
        OfflineQueue(m_database).count(m_account.id, report.remaining);
        return finish(report);
    }
    QTimer::singleShot(PollMs, this, [this, waitedMs] { waitForLock(waitedMs + PollMs); });
}

void AccountReplay::connectToServer()
{
    // Read again under the lock: the replay that held it may have sent everything.
    int pending = 0;
    if (auto error = OfflineQueue(m_database).count(m_account.id, pending))
        return fail(*error);
    if (pending == 0)
        return finish(ReplayReport());
    Imap::ConnectionSettings settings;
    settings.endpoint = m_account.imap;
    settings.pinnedCertificates = m_account.trustedCertificates;
    m_session = new Imap::ImapSession(settings, this);
    connect(m_session, &Imap::ImapSession::failed, this, &AccountReplay::fail);
    connect(m_session, &Imap::ImapSession::connected, this, &AccountReplay::login);
    m_session->open();
}

void AccountReplay::login()
{
    Sync::ImapLogin::authenticate(m_session, m_account, m_password, this,
                   [this](const Imap::LoginResult &result) {
                       if (!result.ok())
                           return fail(*result.error);
                       m_replayer = new ActionReplayer(*m_session, m_database, m_account.id, this);
                       connect(m_replayer, &ActionReplayer::finished, this, &AccountReplay::replayed);
                       m_replayer->start();
                   });
}

void AccountReplay::replayed(const ReplayReport &report)
{
    if (report.unreachable() || !m_session)
        return finish(report);
    m_session->run(std::make_unique<Imap::LogoutCommand>(), this,
                   [this, report](const Imap::CommandResult &) { finish(report); });
}

// A failure before the replay started (connect, TLS, login, the cache): nothing was sent.
void AccountReplay::fail(const Error &error)
{
    if (m_replayer)
        return; // the replayer's running command ends with this error and reports it
    ReplayReport report;
    report.error = error;
    OfflineQueue(m_database).count(m_account.id, report.remaining);
    finish(report);
}

void AccountReplay::finish(const ReplayReport &report)
{
    if (m_finished)
        return;
    m_finished = true;
    m_password.fill(QLatin1Char('\0'));
    if (m_lock)
        m_lock->unlock();
    if (m_session)
        m_session->deleteLater();
    emit finished(report);
}

} // namespace Kestrel::Sync

#include "sync/push/FolderWatcher.h"

#include "imap/commands/EnableCommand.h"
#include "sync/EnableExtensions.h"
#include "imap/commands/LoginCommand.h"
#include "sync/bodies/ImapLogin.h"
#include "imap/commands/NoopCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/session/IdleManager.h"
#include "imap/session/ImapSession.h"
#include "sync/push/FolderCacheUpdater.h"

namespace Kestrel::Sync {

FolderWatcher::FolderWatcher(AccountSettings account, QString password, QString folder, Database &database,
                             const PushOptions &options, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_password(std::move(password))
    , m_folder(std::move(folder))
    , m_database(database)
    , m_options(options)
    , m_backoff(options.backoff)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &FolderWatcher::connectNow);
}

FolderWatcher::~FolderWatcher()
{
    dropSession();
    m_password.fill(QLatin1Char('\0'));
}

void FolderWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_unwatchable = false;
    m_backoff.reset();
    connectNow();
}

void FolderWatcher::stop()
{
    m_running = false;
    m_retryTimer.stop();
    dropSession();
    setStatus(ConnectionState::Offline);
}

void FolderWatcher::retryNow()
{
    if (!m_running)
        return;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        connectNow();
    } else if (m_session && m_status.state == ConnectionState::Online) {
        // The old route may be gone without a word: a NOOP either comes back or times out.
        m_session->enqueue(std::make_unique<Imap::NoopCommand>());
    }
}

void FolderWatcher::connectNow()
{
    dropSession();
    ++m_attempts;
    setStatus(ConnectionState::Connecting);
    Imap::ConnectionSettings settings;
    settings.endpoint = m_account.imap;
    settings.pinnedCertificates = m_account.trustedCertificates;
    settings.connectTimeoutMs = m_options.connectTimeoutMs;
    m_connection = new QObject(this);
    m_session = new Imap::ImapSession(settings, this);
    m_session->setResponseTimeout(m_options.responseTimeoutMs);
    if (m_options.protocolLog)
        m_session->setProtocolLog(m_options.protocolLog, QStringLiteral("push %1/%2").arg(m_account.id, m_folder));
    m_session->idle().setPollInterval(m_options.pollIntervalMs);
    m_session->idle().setRenewInterval(m_options.idleRenewMs);
    connect(m_session, &Imap::ImapSession::failed, this, [this](const Error &error) { fail(error); });
    connect(m_session, &Imap::ImapSession::certificateRejected, this, [this] {
        m_retryTimer.stop();
        m_running = false; // the failed() that follows ends it for good
    });
    connect(m_session, &Imap::ImapSession::closed, this, [this] {
        fail(Error::make(Error::Code::Network, tr("%1 closed the connection.").arg(m_account.imap.host)));
    });
    connect(m_session, &Imap::ImapSession::connected, this, &FolderWatcher::login);
    m_session->open();
}

void FolderWatcher::login()
{
    // A token is asked for at each connection, so a reconnect after expiry gets a fresh one.
    ImapLogin::authenticate(m_session, m_account, m_password, m_connection,
                   [this](const Imap::LoginResult &result) {
                       if (!result.ok())
                           return fail(*result.error, result.error->code == Error::Code::Authentication);
                       enableExtensions();
                   });
}

void FolderWatcher::enableExtensions()
{
    const QList<QByteArray> wanted = extensionsToEnable(m_session->capabilities());
    if (wanted.isEmpty())
        return select();
    m_session->run(std::make_unique<Imap::EnableCommand>(wanted), m_connection,
                   [this](const Imap::EnableResult &) { select(); });
}

void FolderWatcher::select()
{
    auto command = std::make_unique<Imap::SelectCommand>(m_folder);
    command->setCondstore(!m_session->isEnabled("QRESYNC") && m_session->capabilities().has("CONDSTORE"));
    m_session->run(std::move(command), m_connection, [this](const Imap::SelectResult &result) {
        if (result.ok())
            return onSelected(result);
        // A NO to SELECT is the server's answer about this folder (it does not exist or may not be read),
        // not a network fault: reconnecting would get the same answer every back-off step forever, and
        // the account's other folders are fine. Stop watching this one and say why, once.
        if (result.error->code == Error::Code::Server) {
            m_unwatchable = true;
            return fail(Error::make(Error::Code::Server,
                                    tr("New mail in “%1” cannot be watched: %2").arg(m_folder, result.error->userMessage),
                                    result.error->detail),
                        true);
        }
        fail(*result.error);
    });
}

void FolderWatcher::onSelected(const Imap::SelectResult &result)
{
    m_updater = new FolderCacheUpdater(m_database, m_account.id, m_folder, m_options.catchUpLimit, *m_session, this);
    connect(m_updater, &FolderCacheUpdater::newMail, this, &FolderWatcher::newMail);
    connect(m_updater, &FolderCacheUpdater::cacheChanged, this, &FolderWatcher::cacheChanged);
    connect(m_updater, &FolderCacheUpdater::syncRequested, this, &FolderWatcher::syncRequested);
    connect(m_updater, &FolderCacheUpdater::failed, this, [this](const Error &error) { fail(error); });
    m_backoff.connected();
    m_session->setIdleEnabled(true);
    setStatus(ConnectionState::Online);
    m_updater->start(result);
}

void FolderWatcher::fail(const Error &error, bool permanent)
{
    dropSession();
    m_backoff.disconnected();
    if (permanent || !m_running) {
        m_running = false;
        m_retryTimer.stop();
        return setStatus(ConnectionState::Offline, error, false);
    }
    m_retryTimer.start(m_backoff.nextDelay());
    setStatus(ConnectionState::Offline, error, true);
}

void FolderWatcher::dropSession()
{
    // The commands of an old connection end as Cancelled after this; their callbacks must not act on
    // the next connection, so their context goes now.
    delete m_connection;
    m_connection = nullptr;
    if (m_updater) {
        m_updater->disconnect(this);
        m_updater->deleteLater();
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session->abort(); // pending commands end as Cancelled; their callbacks are ours and gone with it
        m_session->deleteLater();
    }
    m_updater = nullptr;
    m_session = nullptr;
}

void FolderWatcher::setStatus(ConnectionState state, const std::optional<Error> &error, bool willRetry)
{
    const ConnectionStatus status{state, error, willRetry};
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace Kestrel::Sync

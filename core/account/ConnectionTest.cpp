#include "account/ConnectionTest.h"

#include "account/oauth/OAuthTokenBroker.h"

#include "imap/commands/LoginCommand.h"
#include "imap/commands/LogoutCommand.h"
#include "imap/session/ImapSession.h"
#include "smtp/SmtpClient.h"
#include "sync/bodies/ImapLogin.h"

namespace Kestrel {

ConnectionTest::ConnectionTest(AccountSettings account, QString password, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_password(std::move(password))
{
}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

QString ConnectionTest::userName() const
{
    // Typed as is: Exchange shared mailboxes log in as "user@domain\shared".
    return m_account.userName.isEmpty() ? m_account.email : m_account.userName;
}

void ConnectionTest::start()
{
    startImap();
    startSmtp();
}

void ConnectionTest::cancel()
{
    if (m_imap) {
        m_imap->disconnect(this);
        m_imap->abort();
        m_imap->deleteLater();
    }
    if (m_smtp) {
        m_smtp->disconnect(this);
        m_smtp->abort();
        m_smtp->deleteLater();
    }
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

void ConnectionTest::startImap()
{
    Imap::ConnectionSettings settings;
    settings.endpoint = m_account.imap;
    settings.pinnedCertificates = m_account.trustedCertificates;
    settings.connectTimeoutMs = m_timeoutMs;
    m_imap = new Imap::ImapSession(settings, this);
    m_imap->setResponseTimeout(m_timeoutMs);
    connect(m_imap, &Imap::ImapSession::certificateRejected, this,
            [this](const CertificateProblem &problem) { m_imapCertificate = problem; });
    connect(m_imap, &Imap::ImapSession::failed, this,
            [this](const Error &error) { finishImap({error, m_imapCertificate, {}}); });
    connect(m_imap, &Imap::ImapSession::connected, this, [this] {
        // The same login as syncing: the password, or an OAuth2 token (refreshed, retried once).
        AccountSettings account = m_account;
        account.userName = userName();
        Sync::ImapLogin::authenticate(m_imap, account, m_password, this, [this](const Imap::LoginResult &result) {
            finishImap({result.error, std::nullopt, result.ok() ? result.mechanism : QByteArray()});
        });
    });
    m_imap->open();
}

void ConnectionTest::startSmtp()
{
    Smtp::SmtpClientSettings settings;
    settings.endpoint = m_account.smtp;
    settings.pinnedCertificates = m_account.trustedCertificates;
    settings.connectTimeoutMs = m_timeoutMs;
    settings.replyTimeoutMs = m_timeoutMs;
    m_smtp = new Smtp::SmtpClient(settings, this);
    connect(m_smtp, &Smtp::SmtpClient::certificateRejected, this,
            [this](const CertificateProblem &problem) { m_smtpCertificate = problem; });
    connect(m_smtp, &Smtp::SmtpClient::failed, this,
            [this](const Error &error) { finishSmtp({error, m_smtpCertificate, {}}); });
    connect(m_smtp, &Smtp::SmtpClient::opened, this, [this] { finishSmtp({}); });
    if (m_account.authentication != AccountSettings::Authentication::OAuth2)
        return m_smtp->open(Smtp::SmtpCredentials::password(userName(), m_password));
    // A token asked for now (refreshed when about to run out) from the source offered for the account.
    OAuthTokenBroker::fetch(m_account, false, this, [this](std::optional<QString> token, std::optional<Error> error) {
        if (!token)
            return finishSmtp({error, std::nullopt, {}});
        if (m_smtp)
            m_smtp->open(Smtp::SmtpCredentials::oauth2(userName(), *token));
    });
}

void ConnectionTest::finishImap(const ConnectionTestResult &result)
{
    if (m_imapResult)
        return; // a failed() after the login's own error says the same thing again
    m_imapResult = result;
    if (m_imap) {
        m_imap->disconnect(this);
        if (result.ok()) {
            // Say goodbye (RFC 3501 6.1.3) rather than drop the line; the session goes once it is closed.
            Imap::ImapSession *session = m_imap;
            connect(session, &Imap::ImapSession::closed, session, &QObject::deleteLater);
            connect(session, &Imap::ImapSession::failed, session, &QObject::deleteLater);
            session->run(std::make_unique<Imap::LogoutCommand>(), session, [](const Imap::CommandResult &) {});
        } else {
            m_imap->deleteLater(); // aborts the connection: nothing more is needed from it
        }
    }
    emit imapFinished(result);
    finishIfDone();
}

void ConnectionTest::finishSmtp(const ConnectionTestResult &result)
{
    if (m_smtpResult)
        return;
    m_smtpResult = result;
    if (m_smtp) {
        m_smtp->disconnect(this);
        if (result.ok())
            m_smtp->quit(); // polite, and the client deletes with us
        else
            m_smtp->deleteLater();
    }
    emit smtpFinished(result);
    finishIfDone();
}

void ConnectionTest::finishIfDone()
{
    if (!m_imapResult || !m_smtpResult)
        return;
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
    emit finished();
}

} // namespace Kestrel

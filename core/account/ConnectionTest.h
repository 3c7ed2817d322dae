#pragma once

#include "account/AccountSettings.h"
#include "account/ConnectionTestResult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Kestrel {

namespace Imap {
class ImapSession;
}
namespace Smtp {
class SmtpClient;
}

// The wizard's "Test connection": logs in to the account's IMAP server and to its SMTP submission
// server, both at once, with the real protocol clients (so the certificate checks, pins and login
// methods are exactly those of later use), and reports for each side what failed and what the server
// said. Nothing is fetched or sent. imapFinished() and smtpFinished() come once each, then finished().
// The password is used for the two logins only and wiped afterwards; it is never logged.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    ConnectionTest(AccountSettings account, QString password, QObject *parent = nullptr);
    ~ConnectionTest() override;

    // How long a silent server is waited for (connect, TLS, greeting and each reply).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void start();
    void cancel(); // drops both connections; no further signals

    const std::optional<ConnectionTestResult> &imapResult() const { return m_imapResult; }
    const std::optional<ConnectionTestResult> &smtpResult() const { return m_smtpResult; }

signals:
    void imapFinished(const Kestrel::ConnectionTestResult &result);
    void smtpFinished(const Kestrel::ConnectionTestResult &result);
    void finished();

private:
    void startImap();
    void startSmtp();
    void finishImap(const ConnectionTestResult &result);
    void finishSmtp(const ConnectionTestResult &result);
    void finishIfDone();
    QString userName() const;

    AccountSettings m_account;
    QString m_password;
    int m_timeoutMs = 20000;
    QPointer<Imap::ImapSession> m_imap;
    QPointer<Smtp::SmtpClient> m_smtp;
    std::optional<CertificateProblem> m_imapCertificate;
    std::optional<CertificateProblem> m_smtpCertificate;
    std::optional<ConnectionTestResult> m_imapResult;
    std::optional<ConnectionTestResult> m_smtpResult;
};

} // namespace Kestrel

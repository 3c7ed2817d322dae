#pragma once

// The test bed of the fault runs: a Dovecot, the SMTP sink delivering into it over LMTP, and a
// FaultProxy in front of each (IMAP with implicit TLS, SMTP with STARTTLS). The account Kestrel uses
// reaches both servers only through the proxies; the test's own checks (ServerSnapshot, RawImapClient,
// the sink's stored files) go straight to the servers.
#include "DovecotServer.h"
#include "FaultProxy.h"
#include "SmtpSink.h"

#include "account/AccountSettings.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <memory>

namespace Kestrel::Test {

class FaultBed
{
public:
    // Up to three attempts each: the 20 parts run two at a time, and a free port chosen by one server
    // can be taken by the other test's servers before it binds ("address already in use"); a new
    // attempt chooses new ports.
    bool start(QString &error)
    {
        bool started = false;
        for (int attempt = 0; attempt < 3 && !started; ++attempt)
            started = m_dovecot.start();
        if (!started) {
            error = m_dovecot.errorString();
            return false;
        }
        const QString lmtp = QStringLiteral("127.0.0.1:%1").arg(m_dovecot.ports().lmtp);
        started = false;
        for (int attempt = 0; attempt < 3 && !started; ++attempt)
            started = m_sink.start(m_dovecot.certificatePath(), m_dovecot.keyPath(), lmtp);
        if (!started) {
            error = m_sink.errorString();
            return false;
        }
        return true;
    }

    // New proxies for one seeded run: both draw from generators derived from `seed`.
    bool newProxies(quint32 seed)
    {
        m_imapProxy = std::make_unique<FaultProxy>(m_dovecot.ports().imaps, seed);
        m_smtpProxy = std::make_unique<FaultProxy>(m_sink.starttlsPort(), seed ^ 0x5a5a5a5au);
        m_smtpProxy->setMaxOffset(9000); // EHLO, STARTTLS, TLS, AUTH, the envelope and the message
        return m_imapProxy->listen() && m_smtpProxy->listen();
    }

    void setFaulty(bool faulty)
    {
        m_imapProxy->setFaulty(faulty);
        m_smtpProxy->setFaulty(faulty);
    }

    int openRelays() const { return m_imapProxy->openRelays() + m_smtpProxy->openRelays(); }

    QString faultLog()
    {
        return QStringLiteral("IMAP connections: %1\nSMTP connections: %2")
            .arg(m_imapProxy->takeLog().join(QStringLiteral("; ")), m_smtpProxy->takeLog().join(QStringLiteral("; ")));
    }

    // alice, through the proxies; the proxies' ports carry the test bed's certificate.
    AccountSettings account() const
    {
        AccountSettings account;
        account.id = QStringLiteral("faults-alice");
        account.displayName = QStringLiteral("Alice");
        account.email = QStringLiteral("alice@example.test");
        account.userName = QStringLiteral("alice");
        account.imap = {QStringLiteral("127.0.0.1"), m_imapProxy->port(), ConnectionSecurity::Tls};
        account.smtp = {QStringLiteral("127.0.0.1"), m_smtpProxy->port(), ConnectionSecurity::StartTls};
        const QByteArray pin = QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
        account.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_imapProxy->port(), pin},
                                       {QStringLiteral("127.0.0.1"), m_smtpProxy->port(), pin}};
        return account;
    }

    DovecotServer &dovecot() { return m_dovecot; }
    SmtpSink &sink() { return m_sink; }

private:
    DovecotServer m_dovecot;
    SmtpSink m_sink;
    std::unique_ptr<FaultProxy> m_imapProxy, m_smtpProxy;
};

} // namespace Kestrel::Test

#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Kestrel::Test {

// The SMTP server of the test bed (tests/testbed/smtp-sink.py, Debian's python3-aiosmtpd) on 127.0.0.1:
// STARTTLS port and implicit-TLS port, both requiring AUTH PLAIN/LOGIN (alice/bob, "secret"), plus a
// plain relay port. Every accepted message is stored as received.
class SmtpSink
{
public:
    struct StoredMessage {
        QByteArray raw;      // the DATA bytes as received (after dot-unstuffing, CRLF kept)
        QByteArray envelope; // JSON: mail_from, rcpt_tos, auth_user, port, tls
    };

    SmtpSink();
    ~SmtpSink();

    // Uses the given certificate and key (e.g. the Dovecot test bed's). Waits for "ready".
    bool start(const QString &certificatePath, const QString &keyPath, const QString &lmtpTarget = {});
    void stop();

    quint16 starttlsPort() const { return m_starttlsPort; }
    quint16 tlsPort() const { return m_tlsPort; }
    quint16 relayPort() const { return m_relayPort; }
    QList<StoredMessage> storedMessages() const;
    QString errorString() const { return m_error; }

private:
    bool startOnFreePorts(const QString &certificatePath, const QString &keyPath, const QString &lmtpTarget);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_starttlsPort = 0, m_tlsPort = 0, m_relayPort = 0;
    QString m_error;
};

} // namespace Kestrel::Test

#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Kestrel::Test {

// A throw-away Dovecot 2.3 on 127.0.0.1 (tests/testbed/start-dovecot.sh): users alice and bob with
// password "secret", Maildir in a temporary folder, IMAP with STARTTLS and implicit TLS (self-signed
// certificate for "localhost"), LMTP delivery, special-use Drafts/Sent/Trash/Junk/Archive.
class DovecotServer
{
public:
    struct Ports {
        quint16 imap = 0, imaps = 0, submission = 0, submissions = 0, lmtp = 0, relay = 0;
    };

    DovecotServer();
    ~DovecotServer(); // stops the server

    // Extra lines appended to dovecot.conf, e.g. "imap_capability = IMAP4rev1 IDLE" to hide extensions.
    void setExtraConfig(const QString &config) { m_extraConfig = config; }
    // Starts and waits for the greeting. On failure returns false and `errorString()` holds the log.
    bool start();
    void stop();
    // Stops and starts again on the same ports and directory (mail, certificate kept): a server restart.
    bool restart();

    const Ports &ports() const { return m_ports; }
    QString directory() const;
    QString certificatePath() const;
    QString keyPath() const;
    QString maildir(const QString &user) const;
    QString errorString() const { return m_error; }
    static QString password() { return QStringLiteral("secret"); }

private:
    bool runStartScript();

    std::unique_ptr<QTemporaryDir> m_dir;
    Ports m_ports;
    QString m_extraConfig;
    QString m_error;
    bool m_running = false;
};

} // namespace Kestrel::Test

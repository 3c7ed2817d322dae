#pragma once

#include "DovecotServer.h"
#include "SocketWait.h"

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Kestrel::Test {

// The test bed's Dovecot taken down and brought back on the SAME ports and data folder, as a server that
// was unreachable for a while (start-dovecot.sh keeps an existing folder's mail and certificate).
// DovecotServer starts a fresh folder every time, so the second start is done here; this object
// stops what it started.
class DovecotOutage
{
public:
    DovecotOutage(DovecotServer &server, QString extraConfig)
        : m_server(server)
        , m_extraConfig(std::move(extraConfig))
    {
    }
    ~DovecotOutage() { down(); }

    void begin()
    {
        down();
        m_server.stop();
    }
    bool end(QString *error)
    {
        const auto &ports = m_server.ports();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMAP_PORT"), QString::number(ports.imap));
        env.insert(QStringLiteral("IMAPS_PORT"), QString::number(ports.imaps));
        env.insert(QStringLiteral("SUBMISSION_PORT"), QString::number(ports.submission));
        env.insert(QStringLiteral("SUBMISSIONS_PORT"), QString::number(ports.submissions));
        env.insert(QStringLiteral("LMTP_PORT"), QString::number(ports.lmtp));
        env.insert(QStringLiteral("RELAY_PORT"), QString::number(ports.relay));
        env.insert(QStringLiteral("EXTRA_CONFIG"), m_extraConfig);
        QProcess script;
        script.setProcessEnvironment(env);
        script.start(QStringLiteral(KESTREL_TESTBED_DIR) + QStringLiteral("/start-dovecot.sh"), {m_server.directory()});
        if (!script.waitForFinished(30000) || script.exitCode() != 0) {
            *error = QString::fromLocal8Bit(script.readAllStandardError());
            return false;
        }
        m_restarted = true;
        return true;
    }

private:
    void down()
    {
        if (m_restarted)
            QProcess::execute(QStringLiteral(KESTREL_TESTBED_DIR) + QStringLiteral("/stop.sh"),
                              {m_server.directory() + QStringLiteral("/dovecot.pid")});
        m_restarted = false;
    }

    DovecotServer &m_server;
    QString m_extraConfig;
    bool m_restarted = false;
};

// A second client on a raw socket: what the server really holds, read without any Kestrel code.
class RawImap
{
public:
    bool open(const DovecotServer &server, const QString &user = QStringLiteral("alice"))
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(server.certificatePath()));
        m_socket.setSslConfiguration(config);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.ports().imaps, QStringLiteral("localhost"));
        if (!waitForEncrypted(m_socket) || readUntil(m_socket, "* OK").isEmpty())
            return false;
        return command("LOGIN " + user.toUtf8() + " secret").contains(" OK ");
    }

    // Sends one command; returns everything up to and including its tagged answer.
    QByteArray command(const QByteArray &text)
    {
        const QByteArray tag = "RAW" + QByteArray::number(++m_tag) + ' '; // "RAW1 " is never inside "RAW10 "
        m_socket.write(tag + text + "\r\n");
        return readUntil(m_socket, tag, 10000);
    }

    // Subject -> "UID FLAGS" of every message in `mailbox`, e.g. {"Message 3": {7, "\\Seen $Work"}}.
    struct Entry {
        quint32 uid = 0;
        QString flags;
    };
    QHash<QString, Entry> messages(const QByteArray &mailbox)
    {
        command("SELECT \"" + mailbox + "\"");
        const QByteArray answer = command("UID FETCH 1:* (UID FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
        QHash<QString, Entry> result;
        static const QRegularExpression fetch(QStringLiteral(R"(\* \d+ FETCH \((.*?)\{\d+\}\r\nSubject: ([^\r]*)\r\n)"));
        auto it = fetch.globalMatch(QString::fromUtf8(answer));
        while (it.hasNext()) {
            const auto match = it.next();
            const QString items = match.captured(1);
            const auto uid = QRegularExpression(QStringLiteral(R"(UID (\d+))")).match(items);
            const auto flags = QRegularExpression(QStringLiteral(R"(FLAGS \(([^)]*)\))")).match(items);
            result.insert(match.captured(2), {uid.captured(1).toUInt(), flags.captured(1)});
        }
        return result;
    }

private:
    QSslSocket m_socket;
    int m_tag = 0;
};

} // namespace Kestrel::Test

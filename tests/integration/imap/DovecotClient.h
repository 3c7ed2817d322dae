#pragma once

#include "DovecotServer.h"
#include "SocketWait.h"

#include "imap/commands/LoginCommand.h"
#include "imap/session/ImapSession.h"
#include "net/ProtocolLog.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

#include <memory>

namespace Kestrel::Test {

// An ImapSession on the test bed's Dovecot (certificate pinned by fingerprint), with a blocking-
// for-tests run() that waits on the event loop for the command's one callback.
class DovecotClient
{
public:
    explicit DovecotClient(const DovecotServer &dovecot, ConnectionSecurity security = ConnectionSecurity::Tls)
    {
        const quint16 port = security == ConnectionSecurity::Tls ? dovecot.ports().imaps : dovecot.ports().imap;
        Imap::ConnectionSettings settings;
        settings.endpoint = {QStringLiteral("127.0.0.1"), port, security};
        const QSslCertificate certificate = QSslCertificate::fromPath(dovecot.certificatePath()).value(0);
        settings.pinnedCertificates = {{QStringLiteral("127.0.0.1"), port, TlsTrust::fingerprint(certificate)}};
        settings.connectTimeoutMs = 5000;
        session = std::make_unique<Imap::ImapSession>(settings);
        session->setProtocolLog(&log, QStringLiteral("test"));
        session->setResponseTimeout(10000);
    }

    bool open()
    {
        QSignalSpy connected(session.get(), &Imap::ImapSession::connected);
        session->open();
        return connected.wait(5000);
    }

    // Waits in a local event loop (QTest::qWaitFor would add 10 ms sleeps to every round trip).
    // The loop is the callback's context: a late callback after a timeout is simply not run.
    template<class C>
    typename C::Result run(std::unique_ptr<C> command, int timeoutMs = 5000)
    {
        auto result = std::make_shared<std::optional<typename C::Result>>();
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        session->run(std::move(command), &loop, [result, &loop](const typename C::Result &r) {
            *result = r;
            loop.quit();
        });
        loop.exec();
        if (!result->has_value()) {
            typename C::Result timedOut;
            timedOut.error = Error::make(Error::Code::Network, QStringLiteral("test timed out waiting for the command"));
            return timedOut;
        }
        return **result;
    }

    // Opens and logs in; returns the login error text, empty on success.
    QString connectAs(const QString &user, Imap::LoginCommand::Mechanism mechanism = Imap::LoginCommand::Mechanism::Automatic)
    {
        if (!open())
            return QStringLiteral("no greeting");
        const auto result = run(std::make_unique<Imap::LoginCommand>(user, DovecotServer::password(), mechanism));
        return result.ok() ? QString() : result.error->toString();
    }

    QByteArray logText() const
    {
        QByteArray all;
        for (const ProtocolLog::Entry &entry : log.entries())
            all += entry.text + '\n';
        return all;
    }

    ProtocolLog log;
    std::unique_ptr<Imap::ImapSession> session;
};

// The error of a result for failure messages ("" when it succeeded).
inline QString describe(const Imap::CommandResult &result)
{
    return result.error ? result.error->toString() : QString();
}

// Delivers `message` (CRLF lines) to `user` by a raw LMTP exchange (RFC 2033).
inline bool deliverByLmtp(quint16 port, const QByteArray &user, const QByteArray &message)
{
    QSslSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    const auto step = [&socket](const QByteArray &command, const QByteArray &reply) {
        if (!command.isEmpty())
            socket.write(command);
        return !readUntil(socket, reply).isEmpty();
    };
    return step({}, "220 ") && step("LHLO kestrel.test\r\n", "250 ") && step("MAIL FROM:<carol@example.org>\r\n", "250 ")
        && step("RCPT TO:<" + user + ">\r\n", "250 ") && step("DATA\r\n", "354 ")
        && step(message + ".\r\n", "250 ") && step("QUIT\r\n", "221 ");
}

inline QByteArray testMessage(const QByteArray &subject, const QByteArray &body = "Hello.\r\n")
{
    return "From: Carol <carol@example.org>\r\nTo: alice@example.org\r\nSubject: " + subject
        + "\r\nMessage-ID: <" + QByteArray::number(quintptr(&subject)) + subject.toHex().left(16)
        + "@kestrel.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body;
}

} // namespace Kestrel::Test

#pragma once

// Scripts for SmtpClient against Kestrel::Test::ScriptedServer: the usual greeting and transaction, and
// small helpers shared by the scripted test files.
#include "SmtpTestSupport.h"

#include "ScriptedServer.h"

#include <algorithm>

namespace Kestrel::Test::ScriptedSmtp {

using Step = ScriptedServer::Step;

inline const QByteArray Greeting = "220 scripted.test ESMTP\r\n";
inline const QString Alice = QStringLiteral("alice@example.test");
inline const QString Bob = QStringLiteral("bob@example.test");
inline const QString Carol = QStringLiteral("carol@example.test");
inline const QString Dave = QStringLiteral("dave@example.test");
inline const QByteArray Message = "From: alice@example.test\r\nSubject: scripted\r\n\r\nHello\r\n";

// The usual end of a session after EHLO: C: MAIL, RCPT, DATA, the message, RSET, QUIT.
inline QList<Step> transaction()
{
    return {{"MAIL FROM", "250 2.1.0 Ok\r\n"},
            {"RCPT TO", "250 2.1.5 Ok\r\n"},
            {"DATA", "354 End data with <CR><LF>.<CR><LF>\r\n"},
            {".", "250 2.0.0 Ok: queued as 4B1A2C3D\r\n"},
            {"RSET", "250 2.0.0 Ok\r\n"},
            {"QUIT", "221 2.0.0 Bye\r\n", true}};
}

// Whether the server received a line starting with `prefix`.
inline bool received(const ScriptedServer &server, const QByteArray &prefix)
{
    const QList<QByteArray> lines = server.receivedLines();
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) { return line.startsWith(prefix); });
}

inline QString serverName(const ScriptedServer &server)
{
    return QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
}

inline Kestrel::Smtp::SmtpClientSettings settings(const ScriptedServer &server,
                                                  ConnectionSecurity security = ConnectionSecurity::None)
{
    Kestrel::Smtp::SmtpClientSettings s;
    s.endpoint = {QStringLiteral("127.0.0.1"), server.serverPort(), security};
    s.connectTimeoutMs = 5000;
    s.replyTimeoutMs = 5000;
    s.dataEndTimeoutMs = 5000;
    return s;
}

// open() without credentials; true once opened() came (and nothing else).
inline bool openClient(Kestrel::Smtp::SmtpClient &client, ClientSpies &spies)
{
    client.open();
    if (!spies.waitForEndings(1) || spies.opened.size() != 1) {
        qWarning() << "open failed:" << spies.lastError().toString();
        return false;
    }
    return true;
}

} // namespace Kestrel::Test::ScriptedSmtp

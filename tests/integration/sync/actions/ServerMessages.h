#pragma once

#include "DovecotServer.h"
#include "RawImapClient.h"

#include <QHash>
#include <QRegularExpression>

namespace Kestrel::Test {

// What the server really holds, read by a second client that shares no code with Kestrel.
struct ServerMessage {
    quint32 uid = 0;
    QString flags; // as sent, e.g. "\Seen $Work"
};

inline bool openRaw(RawImapClient &client, const DovecotServer &server)
{
    return client.connectTo(server.ports().imap) && client.login(QStringLiteral("alice"), DovecotServer::password());
}

// Subject -> UID and flags of every message in `mailbox`.
inline QHash<QString, ServerMessage> serverMessages(RawImapClient &client, const QByteArray &mailbox)
{
    QHash<QString, ServerMessage> result;
    if (!client.command("SELECT \"" + mailbox + '"').ok)
        return result;
    const auto reply = client.command("UID FETCH 1:* (UID FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])");
    static const QRegularExpression fetch(QStringLiteral(R"(^\* \d+ FETCH \((.*?)\{\d+\}\r\nSubject: ([^\r]*)\r\n)"));
    static const QRegularExpression uid(QStringLiteral(R"(UID (\d+))"));
    static const QRegularExpression flags(QStringLiteral(R"(FLAGS \(([^)]*)\))"));
    for (const QByteArray &line : reply.untagged) {
        const auto match = fetch.match(QString::fromUtf8(line));
        if (match.hasMatch()) {
            const QString items = match.captured(1);
            result.insert(match.captured(2), {uid.match(items).captured(1).toUInt(), flags.match(items).captured(1)});
        }
    }
    return result;
}

} // namespace Kestrel::Test

#include "ServerSnapshot.h"

#include "RawImapClient.h"

#include <QRegularExpression>

namespace Kestrel::Test {
namespace {

// "* 3 FETCH (UID 7 FLAGS (\Seen) RFC822.SIZE 812 BODY[HEADER.FIELDS (MESSAGE-ID)] {34}\r\nMessage-ID: ..."
bool parseFetch(const QByteArray &response, quint32 &uid, FolderSnapshot::Message &message)
{
    static const QRegularExpression fetch(QStringLiteral("^\\* \\d+ FETCH \\("));
    static const QRegularExpression uidItem(QStringLiteral("\\bUID (\\d+)"));
    static const QRegularExpression flagsItem(QStringLiteral("\\bFLAGS \\(([^)]*)\\)"));
    static const QRegularExpression sizeItem(QStringLiteral("\\bRFC822\\.SIZE (\\d+)"));
    static const QRegularExpression messageId(QStringLiteral("^Message-ID:\\s*(<[^>]*>)"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(response);
    if (!fetch.match(text).hasMatch())
        return false;
    const qsizetype literal = text.indexOf(QLatin1Char('{'));
    const QString items = literal < 0 ? text : text.left(literal);
    const auto uidMatch = uidItem.match(items);
    if (!uidMatch.hasMatch())
        return false;
    uid = uidMatch.captured(1).toUInt();
    message.flags.clear();
    for (const QString &flag : flagsItem.match(items).captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (flag.compare(QStringLiteral("\\Recent"), Qt::CaseInsensitive) != 0)
            message.flags << flag;
    }
    message.flags.sort();
    message.size = sizeItem.match(items).captured(1).toULongLong();
    message.messageId = literal < 0 ? QString() : messageId.match(text.mid(literal)).captured(1);
    return true;
}

} // namespace

FolderSnapshot ServerSnapshot::read(quint16 imapPort, const QString &user, const QString &password, const QString &folder)
{
    FolderSnapshot snapshot;
    RawImapClient client;
    if (!client.connectTo(imapPort) || !client.login(user, password)) {
        snapshot.error = QStringLiteral("cannot log in: ") + client.lastError();
        return snapshot;
    }
    const RawImapClient::Reply examined = client.command("EXAMINE " + RawImapClient::quoted(folder));
    if (!examined.ok) {
        snapshot.error = QStringLiteral("EXAMINE failed: ") + client.lastError();
        return snapshot;
    }
    static const QRegularExpression validity(QStringLiteral("\\[UIDVALIDITY (\\d+)\\]"));
    for (const QByteArray &response : examined.untagged) {
        if (const auto match = validity.match(QString::fromLatin1(response)); match.hasMatch())
            snapshot.uidValidity = match.captured(1).toUInt();
    }
    const RawImapClient::Reply fetched
        = client.command("UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])", 30000);
    if (!fetched.ok) {
        snapshot.error = QStringLiteral("UID FETCH failed: ") + client.lastError();
        return snapshot;
    }
    for (const QByteArray &response : fetched.untagged) {
        quint32 uid = 0;
        FolderSnapshot::Message message;
        if (parseFetch(response, uid, message))
            snapshot.messages.insert(uid, message);
    }
    client.logout();
    return snapshot;
}

} // namespace Kestrel::Test

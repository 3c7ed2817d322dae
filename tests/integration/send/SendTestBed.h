#pragma once

// What the sending tests share: the account of the test bed's alice (IMAP on Dovecot, SMTP on the sink
// or a scripted server), running AccountSend to its end, and counting copies on the IMAP server.
#include "DovecotServer.h"
#include "RawImapClient.h"

#include "account/AccountSettings.h"
#include "send/AccountSend.h"
#include "send/OutboxStore.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

Q_DECLARE_METATYPE(Kestrel::Error)

namespace Kestrel::Test {

inline AccountSettings aliceAccount(const DovecotServer &dovecot, const ServerEndpoint &smtp)
{
    AccountSettings account;
    account.id = QStringLiteral("send-alice");
    account.displayName = QStringLiteral("Alice");
    account.email = QStringLiteral("alice@example.test");
    account.userName = QStringLiteral("alice");
    account.imap = {QStringLiteral("127.0.0.1"), dovecot.ports().imaps, ConnectionSecurity::Tls};
    account.smtp = smtp;
    const QByteArray pin = QSslCertificate::fromPath(dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
    account.trustedCertificates = {{QStringLiteral("127.0.0.1"), dovecot.ports().imaps, pin},
                                   {QStringLiteral("127.0.0.1"), smtp.port, pin}};
    return account;
}

// Runs one AccountSend to its end and returns its report (and every failure it reported).
struct SendRun {
    Send::SendReport report;
    QList<Error> failures;
    QStringList notes;
    QList<QStringList> refusals;
    bool finished = false;
};

inline SendRun runSend(const AccountSettings &account, const QString &password, Database &db, int timeoutMs = 40000)
{
    SendRun run;
    Send::AccountSend send(account, password, db);
    QObject::connect(&send, &Send::AccountSend::failed, &send,
                     [&run](qint64, const Error &error, const QDateTime &) { run.failures.append(error); });
    QObject::connect(&send, &Send::AccountSend::noted, &send, [&run](qint64, const QString &note) { run.notes.append(note); });
    QObject::connect(&send, &Send::AccountSend::delivered, &send,
                     [&run](qint64, const QStringList &refused) { run.refusals.append(refused); });
    QObject::connect(&send, &Send::AccountSend::finished, &send, [&run](const Send::SendReport &report) {
        run.report = report;
        run.finished = true;
    });
    send.start();
    (void)QTest::qWaitFor([&run] { return run.finished; }, timeoutMs); // the caller checks run.finished
    return run;
}

// UIDs of the messages in `mailbox` of `user` whose Message-ID is `messageId`, by a connection of its own.
inline QList<QByteArray> findByMessageId(const DovecotServer &dovecot, const QString &user, const QString &mailbox,
                                         const QByteArray &messageId, QByteArray *flags = nullptr)
{
    RawImapClient raw;
    if (!raw.connectTo(dovecot.ports().imap) || !raw.login(user, DovecotServer::password()))
        return {QByteArray("login failed")};
    raw.command("SELECT " + RawImapClient::quoted(mailbox));
    const RawImapClient::Reply reply = raw.command("UID SEARCH HEADER Message-ID " + RawImapClient::quoted(QString::fromLatin1(messageId)));
    QList<QByteArray> uids;
    for (const QByteArray &line : reply.untagged) {
        if (line.startsWith("* SEARCH"))
            uids = line.mid(8).trimmed().split(' ');
    }
    uids.removeAll(QByteArray());
    if (flags && !uids.isEmpty())
        *flags = raw.command("UID FETCH " + uids.first() + " (FLAGS)").untagged.value(0);
    raw.logout();
    return uids;
}

inline int outboxCount(Database &db, const QString &accountId)
{
    int count = -1;
    Send::OutboxStore(db).count(accountId, count);
    return count;
}

} // namespace Kestrel::Test

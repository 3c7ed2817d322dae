#pragma once

// What the consistency tests share: a Dovecot (with some extensions hidden, per test binary), a cache
// file, an account that AccountSync runs against, a raw second client, and generated messages.
#include "CacheSnapshot.h"
#include "DovecotServer.h"
#include "RawImapClient.h"
#include "ServerSnapshot.h"

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "sync/AccountSync.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace Kestrel::Test {

struct SyncRun {
    std::optional<Error> error;
    struct Counts {
        int added = 0, removed = 0, changed = 0, relinked = 0;
    };
    QHash<QString, Counts> folders; // by folder name
    int chunks = 0;                 // messagesStored signals

    Counts of(const QString &folder) const { return folders.value(folder); }
};

class SyncFixture
{
public:
    static constexpr const char *AccountId = "consistency";

    // Dovecot 2.3's capabilities minus what `mode` hides: "qresync" (hide nothing), "condstore"
    // (QRESYNC hidden) or "plain" (both hidden).
    static QString capabilityConfig(const QByteArray &mode)
    {
        const QString base = QStringLiteral("imap_capability = IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE UIDPLUS MOVE"
                                            " ESEARCH LIST-EXTENDED LIST-STATUS SPECIAL-USE NAMESPACE UNSELECT CHILDREN");
        if (mode == "condstore")
            return base + QStringLiteral(" CONDSTORE");
        if (mode == "plain")
            return base;
        return {};
    }

    bool start(const QString &extraConfig)
    {
        m_dovecot.setExtraConfig(extraConfig);
        return m_dovecot.start() && !m_database.open(m_profile.filePath(QStringLiteral("cache.sqlite")));
    }

    DovecotServer &dovecot() { return m_dovecot; }
    Database &database() { return m_database; }
    QString accountId() const { return QString::fromLatin1(AccountId); }

    AccountSettings account() const
    {
        AccountSettings settings;
        settings.id = accountId();
        settings.displayName = accountId();
        settings.userName = QStringLiteral("alice");
        settings.imap = {QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, ConnectionSecurity::Tls};
        const QByteArray pin = QSslCertificate::fromPath(m_dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
        settings.trustedCertificates = {{QStringLiteral("127.0.0.1"), m_dovecot.ports().imaps, pin}};
        return settings;
    }

    // One AccountSync run of `folders`; `onStored` is called after each stored chunk (inside the sync).
    SyncRun sync(const QStringList &folders, quint32 chunkUids = 500,
                 const std::function<void(int chunk)> &onStored = {})
    {
        SyncRun run;
        Sync::AccountSync::Options options;
        options.folders = folders;
        options.chunkUids = chunkUids;
        options.flagChunk = 40; // several pipelined FETCH FLAGS chunks even in small folders
        Sync::AccountSync sync(account(), DovecotServer::password(), m_database);
        QObject::connect(&sync, &Sync::AccountSync::folderSynced, &sync, [&](qint64 id, int added, int removed, int changed) {
            auto &counts = run.folders[folderName(id)];
            counts.added = added;
            counts.removed = removed;
            counts.changed = changed;
        });
        QObject::connect(&sync, &Sync::AccountSync::folderRelinked, &sync, [&](qint64 id, int relinked) {
            run.folders[folderName(id)].relinked = relinked;
        });
        QObject::connect(&sync, &Sync::AccountSync::messagesStored, &sync, [&](qint64, int) {
            ++run.chunks;
            if (onStored)
                onStored(run.chunks);
        });
        bool done = false;
        QObject::connect(&sync, &Sync::AccountSync::finished, &sync, [&](const std::optional<Error> &error) {
            run.error = error;
            done = true;
        });
        sync.start(options);
        if (!QTest::qWaitFor([&] { return done; }, 40000))
            run.error = Error::make(Error::Code::Network, QStringLiteral("the sync did not finish in 40 s"));
        return run;
    }

    // Empty when the cached folder equals the server's; else the readable difference.
    QString diff(const QString &folder)
    {
        return CacheSnapshot::compare(m_dovecot.ports().imap, QStringLiteral("alice"), DovecotServer::password(),
                                      m_database, accountId(), folder);
    }

    FolderSnapshot server(const QString &folder)
    {
        return ServerSnapshot::read(m_dovecot.ports().imap, QStringLiteral("alice"), DovecotServer::password(), folder);
    }

    std::optional<FolderInfo> cachedFolder(const QString &folder)
    {
        std::optional<FolderInfo> info;
        FolderStore(m_database).findFolder(accountId(), folder, info);
        return info;
    }

    // A logged-in second client; check lastError() when `ok` is false.
    bool other(RawImapClient &client)
    {
        return client.connectTo(m_dovecot.ports().imap) && client.login(QStringLiteral("alice"), DovecotServer::password());
    }

    // `count` distinct messages: own Message-ID, growing sizes; `cc` extra addresses make the ENVELOPE
    // (and so each FETCH response) bigger.
    static QList<QByteArray> messages(const QByteArray &tag, int count, int first = 1, int cc = 0)
    {
        QByteArray ccField;
        for (int i = 0; i < cc; ++i)
            ccField += (i ? ",\r\n " : "Cc: ") + QByteArray("Recipient Number ") + QByteArray::number(i) + " <recipient."
                + QByteArray::number(i) + "@lists.example.org>";
        if (cc > 0)
            ccField += "\r\n";
        QList<QByteArray> list;
        for (int i = first; i < first + count; ++i) {
            const QByteArray n = QByteArray::number(i);
            list << "From: Carol <carol@example.org>\r\nTo: alice@example.org\r\n" + ccField + "Subject: " + tag + ' ' + n
                    + "\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + tag + '.' + n
                    + "@kestrel.test>\r\n\r\n" + QByteArray(i % 50 + 10, 'x') + "\r\n";
        }
        return list;
    }

    bool fill(const QString &folder, const QList<QByteArray> &list, const QByteArray &flags = {})
    {
        RawImapClient client;
        if (!other(client))
            return false;
        client.command("CREATE " + RawImapClient::quoted(folder));
        const bool ok = client.append(folder, list, flags, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        client.logout();
        return ok;
    }

    // Writes the messages straight into alice's Maildir (as a delivery agent would): thousands in a
    // moment, where APPENDing them takes many seconds. Dovecot assigns UIDs in file-name order.
    bool fillMaildir(const QString &folder, const QList<QByteArray> &list)
    {
        const QString dir = m_dovecot.maildir(QStringLiteral("alice")) + QStringLiteral("/.") + folder;
        for (const char *sub : {"cur", "new", "tmp"}) {
            if (!QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub)))
                return false;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            QFile file(dir + QStringLiteral("/cur/1793600000.M%1P1.kestrel,S=%2:2,").arg(i, 6, 10, QLatin1Char('0')).arg(list[i].size()));
            if (!file.open(QIODevice::WriteOnly) || file.write(list[i]) != list[i].size())
                return false;
        }
        // Dovecot's mail user when the tests run as root (as the other tests do).
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"),
                                                    m_dovecot.directory() + QStringLiteral("/home")});
        return true;
    }

    // LMTP delivery (RFC 2033) to alice's INBOX, with blocking waits (no event loop runs meanwhile).
    bool deliver(const QByteArray &message)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_dovecot.ports().lmtp);
        if (!socket.waitForConnected(5000))
            return false;
        QByteArray received;
        const auto expect = [&](const QByteArray &send, const QByteArray &code) {
            socket.write(send);
            for (int waits = 0; waits < 100; ++waits) {
                const qsizetype at = received.lastIndexOf("\r\n", received.size() - 3);
                const QByteArray lastLine = received.mid(at < 0 ? 0 : at + 2);
                if (received.endsWith("\r\n") && lastLine.size() > 3 && lastLine.at(3) == ' ')
                    break;
                if (!socket.waitForReadyRead(5000))
                    return false;
                received += socket.readAll();
            }
            const qsizetype at = received.lastIndexOf("\r\n", received.size() - 3);
            const bool ok = received.mid(at < 0 ? 0 : at + 2).startsWith(code);
            received.clear();
            return ok;
        };
        return expect({}, "220") && expect("LHLO kestrel.test\r\n", "250") && expect("MAIL FROM:<carol@example.org>\r\n", "250")
            && expect("RCPT TO:<alice>\r\n", "250") && expect("DATA\r\n", "354") && expect(message + ".\r\n", "250")
            && expect("QUIT\r\n", "221");
    }

private:
    QString folderName(qint64 id)
    {
        std::optional<FolderInfo> info;
        FolderStore(m_database).folder(id, info);
        return info ? info->name : QString();
    }

    DovecotServer m_dovecot;
    QTemporaryDir m_profile;
    Database m_database;
};

} // namespace Kestrel::Test

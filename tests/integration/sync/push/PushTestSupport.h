#pragma once

// Shared by the push tests: accounts on the test bed's Dovecot, the keyring, and a read-only look at
// the cache from the test's own thread (as the GUI's models have).
#include "DovecotServer.h"

#include "account/AccountSettings.h"
#include "account/CredentialStore.h"
#include "cache/Database.h"
#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "sync/push/PushTypes.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QTest>

namespace Kestrel::Test {

inline AccountSettings dovecotAccount(const DovecotServer &dovecot, const QString &id, const QString &user)
{
    AccountSettings settings;
    settings.id = id;
    settings.displayName = id;
    settings.userName = user;
    settings.imap = {QStringLiteral("127.0.0.1"), dovecot.ports().imaps, ConnectionSecurity::Tls};
    const QByteArray pin = QSslCertificate::fromPath(dovecot.certificatePath()).value(0).digest(QCryptographicHash::Sha256).toHex();
    settings.trustedCertificates = {{QStringLiteral("127.0.0.1"), dovecot.ports().imaps, pin}};
    return settings;
}

inline bool storePassword(CredentialStore &store, const QString &key, const QString &password)
{
    bool done = false, ok = false;
    store.write(key, password, [&](std::optional<Error> error) {
        ok = !error;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

// The cached messages of one folder, read through a connection of the test's thread.
inline QList<MessageSummary> cachedMessages(const QString &cachePath, const QString &accountId, const QString &folderName)
{
    Database reader;
    if (reader.open(cachePath, Database::Access::ReadOnly))
        return {};
    std::optional<FolderInfo> folder;
    if (FolderStore(reader).findFolder(accountId, folderName, folder) || !folder)
        return {};
    QList<MessageSummary> rows;
    MessageListReader(reader).page(folder->id, MessageOrder{}, 0, 100000, rows);
    return rows;
}

inline std::optional<MessageSummary> cachedBySubject(const QString &cachePath, const QString &accountId,
                                                     const QString &folder, const QString &subject)
{
    for (const MessageSummary &message : cachedMessages(cachePath, accountId, folder)) {
        if (message.subject == subject)
            return message;
    }
    return std::nullopt;
}


} // namespace Kestrel::Test

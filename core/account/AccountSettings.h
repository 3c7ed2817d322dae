#pragma once

#include "common/ServerEndpoint.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kestrel {

// One From address the user can send as (issue 6): name, address and the signature that goes with it.
struct Identity {
    QString name;
    QString email;
    QString signature; // plain text without the "-- " separator line; may be empty

    bool operator==(const Identity &) const = default;
};

// Everything Kestrel knows about an account except its secrets, which live only in the keychain
// (CredentialStore, under secretKey()).
struct AccountSettings {
    QString id; // stable, never shown; names the cache and the keychain entry
    QString displayName;
    QString email;
    QString userName;
    ServerEndpoint imap;
    ServerEndpoint smtp;
    QList<TrustedCertificate> trustedCertificates;
    bool enabled = true;
    // What the background prefetch keeps for offline reading of mail not opened yet (issue 4): nothing,
    // the text of messages that arrived in the last `prefetchDays` days, or every part of them.
    enum class Prefetch { None, Text, Everything };
    Prefetch prefetch = Prefetch::Text;
    int prefetchDays = 30;
    // The folders IDLE watches on connections of their own (issue 4: INBOX by default, more on request).
    QStringList pushFolders{QStringLiteral("INBOX")};
    // The composer's From choices, the first being the default. Empty (older files): one identity made
    // of displayName and email, without a signature (core/compose/Identities).
    QList<Identity> identities;
    // Only messages that arrived in the last `syncWindowDays` days are synced and kept (issue 7's sync
    // window); 0 means the whole folder.
    int syncWindowDays = 0;
    // Folders the user chose for these roles; empty means the server's SPECIAL-USE folder, else the
    // conventional name (core/sync/FolderFromList specialUseFolder).
    QString sentFolder;
    QString draftsFolder;
    QString trashFolder;
    // How IMAP and SMTP authenticate: the keychain password, or OAuth2 tokens (issue 7). `oauth` holds
    // the provider's endpoints and client id as core/account/oauth reads them; opaque here.
    enum class Authentication { Password, OAuth2 };
    Authentication authentication = Authentication::Password;
    QJsonObject oauth;

    QString secretKey() const { return QStringLiteral("account:") + id; }
    QJsonObject toJson() const;
    static AccountSettings fromJson(const QJsonObject &json);

    bool operator==(const AccountSettings &) const = default;
};

// The account of `accounts` whose id is `accountId`, if there is one (ids are unique in a profile).
std::optional<AccountSettings> findAccount(const QList<AccountSettings> &accounts, const QString &accountId);

} // namespace Kestrel

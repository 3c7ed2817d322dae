#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Kestrel {

struct AccountSettings;

// Where and as whom an account signs in with OAuth2 (RFC 6749): the provider's authorization and token
// endpoints, Kestrel's client id there and the scopes that give IMAP and SMTP access. Kept in
// AccountSettings::oauth as JSON, so an account (or a test) can point at any endpoints; the built-in
// Google and Microsoft entries carry the client id the build was configured with
// (-DKESTREL_GOOGLE_CLIENT_ID=..., -DKESTREL_MICROSOFT_CLIENT_ID=...).
struct OAuthProvider {
    QString name;            // "google", "microsoft" or anything a test names its server
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;    // Google's installed-app "secret" is public by design; empty elsewhere
    QStringList scopes;

    static OAuthProvider google();
    static OAuthProvider microsoft();
    // The built-in provider serving this address's domain (gmail.com, outlook.com...), if any.
    static std::optional<OAuthProvider> forEmail(const QString &emailAddress);

    QJsonObject toJson() const;
    // nullopt when an endpoint is missing or not http(s), or the client id is empty.
    static std::optional<OAuthProvider> fromJson(const QJsonObject &json);
    static std::optional<OAuthProvider> fromAccount(const AccountSettings &account);

    bool operator==(const OAuthProvider &) const = default;
};

} // namespace Kestrel

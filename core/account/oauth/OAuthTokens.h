#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Kestrel {

// What a sign-in yields (RFC 6749 section 5.1): the short-lived access token IMAP and SMTP present,
// the refresh token that gets the next one without the browser, and when the access token expires.
// Serialized only into the keychain entry (OAuthTokenStore), never into a file or the log.
struct OAuthTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid when the provider did not say

    // Expired, or so close to it that a connection made now could outlive it.
    bool expiresWithin(int seconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QString toSecret() const;
    static std::optional<OAuthTokens> fromSecret(const QString &secret);
    // A token endpoint's JSON answer. Providers may leave the refresh token out of a refresh answer
    // (RFC 6749 section 6): the one used for it then stays valid and is kept.
    static std::optional<OAuthTokens> fromTokenResponse(const QJsonObject &json, const QString &previousRefreshToken,
                                                        const QDateTime &now = QDateTime::currentDateTimeUtc());

    bool operator==(const OAuthTokens &) const = default;
};

} // namespace Kestrel

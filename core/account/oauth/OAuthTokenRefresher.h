#pragma once

#include "account/oauth/OAuthProvider.h"
#include "account/oauth/OAuthTokens.h"
#include "common/Error.h"

#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Kestrel {

// Trades a refresh token for a new access token (RFC 6749 section 6) without the browser. Done here
// rather than with QOAuth2AuthorizationCodeFlow::refreshAccessToken because Qt 6.4's reply handler only
// logs a failed token request: Kestrel must tell "sign in again" (invalid_grant) from "offline".
class OAuthTokenRefresher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(std::optional<OAuthTokens> tokens, std::optional<Error> error)>;

    explicit OAuthTokenRefresher(QObject *parent = nullptr);

    void refresh(const OAuthProvider &provider, const QString &refreshToken, Callback done);

    // A finished token-endpoint reply (code exchange or refresh) turned into tokens or the error to show.
    static std::pair<std::optional<OAuthTokens>, std::optional<Error>>
    readTokenReply(QNetworkReply &reply, const QString &providerHost, const QString &previousRefreshToken);

    static constexpr int TimeoutMs = 30'000;

private:
    QNetworkAccessManager *m_network;
};

} // namespace Kestrel

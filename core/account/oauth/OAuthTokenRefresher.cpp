#include "account/oauth/OAuthTokenRefresher.h"

#include "account/oauth/OAuthErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Kestrel {

OAuthTokenRefresher::OAuthTokenRefresher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void OAuthTokenRefresher::refresh(const OAuthProvider &provider, const QString &refreshToken, Callback done)
{
    const QString host = provider.tokenUrl.host();
    if (refreshToken.isEmpty()) {
        done(std::nullopt, OAuthErrors::signInAgain(host, QStringLiteral("no refresh token saved")));
        return;
    }
    // application/x-www-form-urlencoded by hand: QUrlQuery leaves "+" as is, which a form parser reads as a space.
    QByteArray form = "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(refreshToken)
                    + "&client_id=" + QUrl::toPercentEncoding(provider.clientId);
    if (!provider.clientSecret.isEmpty())
        form += "&client_secret=" + QUrl::toPercentEncoding(provider.clientSecret);
    QNetworkRequest request(provider.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network->post(request, form);
    connect(reply, &QNetworkReply::finished, this, [reply, host, refreshToken, done = std::move(done)] {
        reply->deleteLater();
        auto [tokens, error] = readTokenReply(*reply, host, refreshToken);
        done(std::move(tokens), std::move(error));
    });
}

std::pair<std::optional<OAuthTokens>, std::optional<Error>>
OAuthTokenRefresher::readTokenReply(QNetworkReply &reply, const QString &providerHost, const QString &previousRefreshToken)
{
    const QByteArray body = reply.readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // RFC 6749 5.2: errors come as 400 (or 401) with {"error": ..., "error_description": ...}.
    const QString error = json.value(QLatin1String("error")).toString();
    if (!error.isEmpty()) {
        const QString description = json.value(QLatin1String("error_description")).toString();
        if (error == QLatin1String("invalid_grant"))
            return {std::nullopt, OAuthErrors::signInAgain(providerHost, QStringLiteral("invalid_grant: ") + description)};
        return {std::nullopt, OAuthErrors::tokenRefused(providerHost, error, description)};
    }
    if (reply.error() != QNetworkReply::NoError && status == 0)
        return {std::nullopt, OAuthErrors::unreachable(providerHost, reply.errorString())};
    if (status != 200)
        return {std::nullopt, OAuthErrors::tokenRefused(providerHost, QStringLiteral("HTTP %1").arg(status), QString::fromUtf8(body.left(200)))};
    std::optional<OAuthTokens> tokens = OAuthTokens::fromTokenResponse(json, previousRefreshToken);
    if (!tokens)
        return {std::nullopt, OAuthErrors::badTokenResponse(providerHost)};
    return {std::move(tokens), std::nullopt};
}

} // namespace Kestrel

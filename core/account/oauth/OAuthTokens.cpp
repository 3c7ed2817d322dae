#include "account/oauth/OAuthTokens.h"

#include <QJsonDocument>

namespace Kestrel {
namespace {

const QLatin1String AccessKey("access_token");
const QLatin1String RefreshKey("refresh_token");
const QLatin1String ExpiresAtKey("expires_at");

} // namespace

bool OAuthTokens::expiresWithin(int seconds, const QDateTime &now) const
{
    return accessToken.isEmpty() || (expiresAt.isValid() && now.addSecs(seconds) >= expiresAt);
}

QString OAuthTokens::toSecret() const
{
    QJsonObject json{{AccessKey, accessToken}, {RefreshKey, refreshToken}};
    if (expiresAt.isValid())
        json.insert(ExpiresAtKey, expiresAt.toSecsSinceEpoch());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<OAuthTokens> OAuthTokens::fromSecret(const QString &secret)
{
    const QJsonDocument document = QJsonDocument::fromJson(secret.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    OAuthTokens tokens{json.value(AccessKey).toString(), json.value(RefreshKey).toString(), {}};
    if (json.contains(ExpiresAtKey))
        tokens.expiresAt = QDateTime::fromSecsSinceEpoch(json.value(ExpiresAtKey).toInteger(), Qt::UTC);
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())
        return std::nullopt;
    return tokens;
}

std::optional<OAuthTokens> OAuthTokens::fromTokenResponse(const QJsonObject &json, const QString &previousRefreshToken,
                                                          const QDateTime &now)
{
    OAuthTokens tokens;
    tokens.accessToken = json.value(AccessKey).toString();
    if (tokens.accessToken.isEmpty())
        return std::nullopt;
    tokens.refreshToken = json.value(RefreshKey).toString(previousRefreshToken);
    // expires_in is a number in RFC 6749, but some servers send it as a string.
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger();
    if (seconds > 0)
        tokens.expiresAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + seconds, Qt::UTC); // as the keychain keeps it
    return tokens;
}

} // namespace Kestrel

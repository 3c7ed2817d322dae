#include "account/oauth/OAuthProvider.h"

#include "account/AccountSettings.h"

#include <QJsonArray>

namespace Kestrel {
namespace {

const QLatin1String NameKey("provider");
const QLatin1String AuthorizationKey("authorizationUrl");
const QLatin1String TokenKey("tokenUrl");
const QLatin1String ClientIdKey("clientId");
const QLatin1String ClientSecretKey("clientSecret");
const QLatin1String ScopesKey("scopes");

// The build fills these in; a build without them still offers the choice and says what is missing
// when the provider refuses the empty client id, rather than hiding the feature.
QString configured(const char *value, const char *placeholder)
{
    const QString id = QString::fromUtf8(value);
    return id.isEmpty() ? QString::fromLatin1(placeholder) : id;
}

bool usable(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

} // namespace

OAuthProvider OAuthProvider::google()
{
    // https://developers.google.com/identity/protocols/oauth2/native-app; the one scope covers IMAP and SMTP.
    return {QStringLiteral("google"), QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")),
            QUrl(QStringLiteral("https://oauth2.googleapis.com/token")),
            configured(KESTREL_GOOGLE_CLIENT_ID, "kestrel-google-client-id"),
            QString::fromUtf8(KESTREL_GOOGLE_CLIENT_SECRET), {QStringLiteral("https://mail.google.com/")}};
}

OAuthProvider OAuthProvider::microsoft()
{
    // Microsoft identity platform v2; offline_access is what yields a refresh token.
    return {QStringLiteral("microsoft"),
            QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")),
            QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token")),
            configured(KESTREL_MICROSOFT_CLIENT_ID, "kestrel-microsoft-client-id"), QString(),
            {QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All"),
             QStringLiteral("https://outlook.office.com/SMTP.Send"), QStringLiteral("offline_access")}};
}

std::optional<OAuthProvider> OAuthProvider::forEmail(const QString &emailAddress)
{
    const QString domain = emailAddress.section(QLatin1Char('@'), -1).trimmed().toLower();
    static const QStringList googleDomains{QStringLiteral("gmail.com"), QStringLiteral("googlemail.com")};
    static const QStringList microsoftDomains{QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"),
                                              QStringLiteral("live.com"), QStringLiteral("msn.com")};
    if (googleDomains.contains(domain))
        return google();
    if (microsoftDomains.contains(domain))
        return microsoft();
    return std::nullopt;
}

QJsonObject OAuthProvider::toJson() const
{
    QJsonObject json{{NameKey, name},
                     {AuthorizationKey, authorizationUrl.toString()},
                     {TokenKey, tokenUrl.toString()},
                     {ClientIdKey, clientId},
                     {ScopesKey, QJsonArray::fromStringList(scopes)}};
    if (!clientSecret.isEmpty())
        json.insert(ClientSecretKey, clientSecret);
    return json;
}

std::optional<OAuthProvider> OAuthProvider::fromJson(const QJsonObject &json)
{
    OAuthProvider provider;
    provider.name = json.value(NameKey).toString();
    provider.authorizationUrl = QUrl(json.value(AuthorizationKey).toString());
    provider.tokenUrl = QUrl(json.value(TokenKey).toString());
    provider.clientId = json.value(ClientIdKey).toString();
    provider.clientSecret = json.value(ClientSecretKey).toString();
    for (const QJsonValue &scope : json.value(ScopesKey).toArray())
        provider.scopes.append(scope.toString());
    if (!usable(provider.authorizationUrl) || !usable(provider.tokenUrl) || provider.clientId.isEmpty())
        return std::nullopt;
    return provider;
}

std::optional<OAuthProvider> OAuthProvider::fromAccount(const AccountSettings &account)
{
    return fromJson(account.oauth);
}

} // namespace Kestrel

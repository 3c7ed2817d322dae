#include "account/AccountSettings.h"

#include <QJsonArray>

namespace Kestrel {
namespace {

QJsonObject endpointToJson(const ServerEndpoint &endpoint)
{
    return {{QStringLiteral("host"), endpoint.host},
            {QStringLiteral("port"), int(endpoint.port)},
            {QStringLiteral("security"), toString(endpoint.security)}};
}

ServerEndpoint endpointFromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("host")).toString(),
            quint16(json.value(QStringLiteral("port")).toInt()),
            connectionSecurityFromString(json.value(QStringLiteral("security")).toString())};
}

QString prefetchToString(AccountSettings::Prefetch prefetch)
{
    switch (prefetch) {
    case AccountSettings::Prefetch::None:
        return QStringLiteral("none");
    case AccountSettings::Prefetch::Everything:
        return QStringLiteral("everything");
    case AccountSettings::Prefetch::Text:
        break;
    }
    return QStringLiteral("text");
}

// Unknown or missing values (older files) mean the default: text.
AccountSettings::Prefetch prefetchFromString(const QString &text)
{
    if (text == QLatin1String("none"))
        return AccountSettings::Prefetch::None;
    if (text == QLatin1String("everything"))
        return AccountSettings::Prefetch::Everything;
    return AccountSettings::Prefetch::Text;
}

QJsonArray identitiesToJson(const QList<Identity> &identities)
{
    QJsonArray array;
    for (const Identity &identity : identities) {
        array.append(QJsonObject{{QStringLiteral("name"), identity.name},
                                 {QStringLiteral("email"), identity.email},
                                 {QStringLiteral("signature"), identity.signature}});
    }
    return array;
}

QList<Identity> identitiesFromJson(const QJsonArray &array)
{
    QList<Identity> identities;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        identities.append({object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("email")).toString(),
                           object.value(QStringLiteral("signature")).toString()});
    }
    return identities;
}

} // namespace

QJsonObject AccountSettings::toJson() const
{
    QJsonArray trusted;
    for (const TrustedCertificate &certificate : trustedCertificates) {
        trusted.append(QJsonObject{{QStringLiteral("host"), certificate.host},
                                   {QStringLiteral("port"), int(certificate.port)},
                                   {QStringLiteral("sha256"), QString::fromLatin1(certificate.sha256)}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("email"), email},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("imap"), endpointToJson(imap)},
            {QStringLiteral("smtp"), endpointToJson(smtp)},
            {QStringLiteral("trustedCertificates"), trusted},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("prefetch"), prefetchToString(prefetch)},
            {QStringLiteral("prefetchDays"), prefetchDays},
            {QStringLiteral("pushFolders"), QJsonArray::fromStringList(pushFolders)},
            {QStringLiteral("identities"), identitiesToJson(identities)},
            {QStringLiteral("syncWindowDays"), syncWindowDays},
            {QStringLiteral("sentFolder"), sentFolder},
            {QStringLiteral("draftsFolder"), draftsFolder},
            {QStringLiteral("trashFolder"), trashFolder},
            {QStringLiteral("authentication"),
             authentication == Authentication::OAuth2 ? QStringLiteral("oauth2") : QStringLiteral("password")},
            {QStringLiteral("oauth"), oauth}};
}

AccountSettings AccountSettings::fromJson(const QJsonObject &json)
{
    AccountSettings settings;
    settings.id = json.value(QStringLiteral("id")).toString();
    settings.displayName = json.value(QStringLiteral("displayName")).toString();
    settings.email = json.value(QStringLiteral("email")).toString();
    settings.userName = json.value(QStringLiteral("userName")).toString();
    settings.imap = endpointFromJson(json.value(QStringLiteral("imap")).toObject());
    settings.smtp = endpointFromJson(json.value(QStringLiteral("smtp")).toObject());
    const QJsonArray trusted = json.value(QStringLiteral("trustedCertificates")).toArray();
    for (const QJsonValue &value : trusted) {
        const QJsonObject object = value.toObject();
        settings.trustedCertificates.append({object.value(QStringLiteral("host")).toString(),
                                             quint16(object.value(QStringLiteral("port")).toInt()),
                                             object.value(QStringLiteral("sha256")).toString().toLower().toLatin1()});
    }
    settings.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    settings.prefetch = prefetchFromString(json.value(QStringLiteral("prefetch")).toString());
    settings.prefetchDays = qBound(1, json.value(QStringLiteral("prefetchDays")).toInt(30), 36500);
    // Files from before the setting, and an emptied list, watch the Inbox as every client does.
    QStringList pushFolders;
    for (const QJsonValue &folder : json.value(QStringLiteral("pushFolders")).toArray()) {
        if (!folder.toString().isEmpty())
            pushFolders << folder.toString();
    }
    if (!pushFolders.isEmpty())
        settings.pushFolders = pushFolders;
    settings.identities = identitiesFromJson(json.value(QStringLiteral("identities")).toArray());
    settings.syncWindowDays = qBound(0, json.value(QStringLiteral("syncWindowDays")).toInt(0), 36500);
    settings.sentFolder = json.value(QStringLiteral("sentFolder")).toString();
    settings.draftsFolder = json.value(QStringLiteral("draftsFolder")).toString();
    settings.trashFolder = json.value(QStringLiteral("trashFolder")).toString();
    settings.authentication = json.value(QStringLiteral("authentication")).toString() == QLatin1String("oauth2")
        ? Authentication::OAuth2
        : Authentication::Password;
    settings.oauth = json.value(QStringLiteral("oauth")).toObject();
    return settings;
}

std::optional<AccountSettings> findAccount(const QList<AccountSettings> &accounts, const QString &accountId)
{
    for (const AccountSettings &account : accounts) {
        if (account.id == accountId)
            return account;
    }
    return std::nullopt;
}

} // namespace Kestrel

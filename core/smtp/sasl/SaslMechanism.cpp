#include "smtp/sasl/SaslMechanism.h"

#include "smtp/sasl/SaslLogin.h"
#include "smtp/sasl/SaslOAuth.h"
#include "smtp/sasl/SaslPlain.h"
#include "smtp/sasl/ScramSha256.h"

namespace Kestrel::Smtp {
namespace {

QByteArrayList candidates(SmtpCredentials::Kind kind, const QByteArrayList &allowed)
{
    QByteArrayList order;
    if (kind == SmtpCredentials::Kind::Password)
        order = {"SCRAM-SHA-256", "PLAIN", "LOGIN"};
    else if (kind == SmtpCredentials::Kind::OAuth2Token)
        order = {"OAUTHBEARER", "XOAUTH2"};
    if (allowed.isEmpty())
        return order;
    QByteArrayList restricted;
    for (const QByteArray &name : allowed) {
        if (order.contains(name.toUpper()))
            restricted.append(name.toUpper());
    }
    return restricted;
}

std::unique_ptr<SaslMechanism> make(const QByteArray &name, const SmtpCredentials &credentials, const QString &host,
                                    quint16 port)
{
    const QString &user = credentials.user;
    const QString &secret = credentials.secret;
    if (name == "SCRAM-SHA-256")
        return ScramSha256::canUse(user, secret) ? std::make_unique<ScramSha256>(user, secret) : nullptr;
    if (name == "PLAIN")
        return std::make_unique<SaslPlain>(user, secret);
    if (name == "LOGIN")
        return std::make_unique<SaslLogin>(user, secret);
    if (name == "OAUTHBEARER")
        return std::make_unique<SaslOAuth>(SaslOAuth::Variant::OAuthBearer, user, secret, host, port);
    if (name == "XOAUTH2")
        return std::make_unique<SaslOAuth>(SaslOAuth::Variant::XOAuth2, user, secret, host, port);
    return nullptr;
}

} // namespace

std::unique_ptr<SaslMechanism> SaslMechanism::choose(const QByteArrayList &offered, const SmtpCredentials &credentials,
                                                     const QString &host, quint16 port, const QByteArrayList &allowed)
{
    for (const QByteArray &name : candidates(credentials.kind, allowed)) {
        if (!offered.contains(name))
            continue;
        if (auto mechanism = make(name, credentials, host, port))
            return mechanism;
    }
    return nullptr;
}

} // namespace Kestrel::Smtp

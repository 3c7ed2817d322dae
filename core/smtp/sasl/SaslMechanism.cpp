#include "smtp/sasl/SaslMechanism.h"

#include "smtp/sasl/SaslLogin.h"
#include "smtp/sasl/SaslOAuth.h"
#include "smtp/sasl/SaslPlain.h"
#include "smtp/sasl/ScramSha256.h"

namespace Kestrel::Smtp {

std::unique_ptr<SaslMechanism> SaslMechanism::choose(const QByteArrayList &offered, const SmtpCredentials &credentials,
                                                     const QString &host, quint16 port)
{
    const QString &user = credentials.user;
    const QString &secret = credentials.secret;
    switch (credentials.kind) {
    case SmtpCredentials::Kind::None:
        return nullptr;
    case SmtpCredentials::Kind::Password:
        if (offered.contains("SCRAM-SHA-256") && ScramSha256::canUse(user, secret))
            return std::make_unique<ScramSha256>(user, secret);
        if (offered.contains("PLAIN"))
            return std::make_unique<SaslPlain>(user, secret);
        if (offered.contains("LOGIN"))
            return std::make_unique<SaslLogin>(user, secret);
        return nullptr;
    case SmtpCredentials::Kind::OAuth2Token:
        if (offered.contains("OAUTHBEARER"))
            return std::make_unique<SaslOAuth>(SaslOAuth::Variant::OAuthBearer, user, secret, host, port);
        if (offered.contains("XOAUTH2"))
            return std::make_unique<SaslOAuth>(SaslOAuth::Variant::XOAuth2, user, secret, host, port);
        return nullptr;
    }
    return nullptr;
}

} // namespace Kestrel::Smtp

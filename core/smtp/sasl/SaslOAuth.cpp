#include "smtp/sasl/SaslOAuth.h"

#include "net/OAuthSaslMessage.h"

namespace Kestrel::Smtp {

SaslOAuth::SaslOAuth(Variant variant, const QString &user, const QString &token, const QString &host, quint16 port)
    : m_variant(variant)
    , m_message(message(variant, user, token, host, port))
{
}

QByteArray SaslOAuth::name() const
{
    return m_variant == Variant::OAuthBearer ? QByteArrayLiteral("OAUTHBEARER") : QByteArrayLiteral("XOAUTH2");
}

QByteArray SaslOAuth::message(Variant variant, const QString &user, const QString &token, const QString &host,
                              quint16 port)
{
    return oauthSaslMessage(variant == Variant::XOAuth2 ? OAuthSaslVariant::XOAuth2 : OAuthSaslVariant::OAuthBearer,
                            user, token, host, port);
}

std::optional<QByteArray> SaslOAuth::initialResponse()
{
    return std::exchange(m_message, QByteArray());
}

SaslMechanism::Response SaslOAuth::respond(const QByteArray &challenge)
{
    if (m_answeredError)
        return {false, {}, QStringLiteral("unexpected challenge after the OAuth error")};
    m_answeredError = true;
    m_serverProblem = QString::fromUtf8(challenge);
    return {true, m_variant == Variant::OAuthBearer ? QByteArray(1, '\x01') : QByteArray(), {}};
}

} // namespace Kestrel::Smtp

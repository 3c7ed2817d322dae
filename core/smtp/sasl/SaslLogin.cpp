#include "smtp/sasl/SaslLogin.h"

namespace Kestrel::Smtp {

SaslLogin::SaslLogin(const QString &user, const QString &password)
    : m_user(user.toUtf8())
    , m_password(password.toUtf8())
{
}

SaslMechanism::Response SaslLogin::respond(const QByteArray &challenge)
{
    Q_UNUSED(challenge);
    switch (m_step++) {
    case 0: return {true, std::exchange(m_user, QByteArray()), {}};
    case 1: return {true, std::exchange(m_password, QByteArray()), {}};
    default: return {false, {}, QStringLiteral("unexpected third LOGIN challenge")};
    }
}

} // namespace Kestrel::Smtp

#include "smtp/sasl/SaslPlain.h"

namespace Kestrel::Smtp {

SaslPlain::SaslPlain(const QString &user, const QString &password)
    : m_message(message(user, password))
{
}

QByteArray SaslPlain::message(const QString &user, const QString &password)
{
    // No authorization identity: act as the user who signs in.
    return QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
}

std::optional<QByteArray> SaslPlain::initialResponse()
{
    return std::exchange(m_message, QByteArray());
}

SaslMechanism::Response SaslPlain::respond(const QByteArray &challenge)
{
    Q_UNUSED(challenge);
    // The message went with AUTH; a server that asks again gets nothing more.
    return {false, {}, QStringLiteral("unexpected challenge after the PLAIN message")};
}

} // namespace Kestrel::Smtp

#include "smtp/sasl/ScramSha256.h"

namespace Kestrel::Smtp {

ScramSha256::ScramSha256(const QString &user, const QString &password, const QByteArray &clientNonce)
    : m_exchange(user, password, clientNonce)
{
}

std::optional<QByteArray> ScramSha256::initialResponse()
{
    return m_exchange.clientFirst();
}

SaslMechanism::Response ScramSha256::respond(const QByteArray &challenge)
{
    switch (m_step++) {
    case 0:
        if (const auto final = m_exchange.clientFinal(challenge))
            return {true, *final, {}};
        return {false, {}, QStringLiteral("unusable server-first-message: ") + m_exchange.problem()};
    case 1:
        // RFC 4954 section 4: the server-final-message comes as a 334 challenge; the client answers
        // with an empty line and the server then sends 235.
        if (!m_exchange.verifyServerFinal(challenge))
            return {false, {}, m_exchange.problem()};
        return {true, {}, {}};
    default:
        return {false, {}, QStringLiteral("unexpected challenge after the SCRAM exchange")};
    }
}

bool ScramSha256::finish(const QByteArray &successData)
{
    // Some servers put the server-final-message in the 235 text instead of a 334 challenge.
    return m_exchange.isVerified() || m_exchange.verifyServerFinal(successData);
}

} // namespace Kestrel::Smtp

#include "smtp/sasl/ScramSha256.h"

#include "smtp/sasl/SaslPrep.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Kestrel::Smtp {
namespace {

const QByteArray Gs2Header = QByteArrayLiteral("n,,"); // no channel binding, no authzid

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray randomNonce()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    // Base64 is printable and never holds ',' (RFC 5802 section 5.1, "printable").
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64();
}

// "a=1,b=2" → value of `key`, or nullopt. RFC 5802 section 5.1: attributes are single letters.
std::optional<QByteArray> attribute(const QByteArray &message, char key)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part[0] == key && part[1] == '=')
            return part.mid(2);
    }
    return std::nullopt;
}

} // namespace

ScramSha256::ScramSha256(const QString &user, const QString &password, const QByteArray &clientNonce)
    : m_password(SaslPrep::prepare(password).value_or(QString()).toUtf8())
    , m_clientNonce(clientNonce.isEmpty() ? randomNonce() : clientNonce)
{
    const QString name = SaslPrep::escapeSaslName(SaslPrep::prepare(user).value_or(user));
    m_clientFirstBare = "n=" + name.toUtf8() + ",r=" + m_clientNonce;
}

bool ScramSha256::canUse(const QString &user, const QString &password)
{
    const auto preparedPassword = SaslPrep::prepare(password);
    return SaslPrep::prepare(user).has_value() && preparedPassword && !preparedPassword->isEmpty();
}

std::optional<QByteArray> ScramSha256::initialResponse()
{
    return Gs2Header + m_clientFirstBare;
}

SaslMechanism::Response ScramSha256::respond(const QByteArray &challenge)
{
    switch (m_step++) {
    case 0:
        return respondToServerFirst(challenge);
    case 1:
        // RFC 4954 section 4: the server-final-message comes as a 334 challenge; the client answers
        // with an empty line and the server then sends 235.
        if (!verifyServerFinal(challenge))
            return {false, {}, m_serverProblem};
        return {true, {}, {}};
    default:
        return {false, {}, QStringLiteral("unexpected challenge after the SCRAM exchange")};
    }
}

SaslMechanism::Response ScramSha256::respondToServerFirst(const QByteArray &serverFirst)
{
    // RFC 5802 section 5.1: r=nonce,s=salt,i=count; an m= extension is mandatory and unknown.
    const auto nonce = attribute(serverFirst, 'r');
    const QByteArray salt = QByteArray::fromBase64(attribute(serverFirst, 's').value_or(QByteArray()));
    bool ok = false;
    const int iterations = attribute(serverFirst, 'i').value_or(QByteArray()).toInt(&ok);
    if (serverFirst.startsWith("m=") || !nonce || !nonce->startsWith(m_clientNonce)
        || nonce->size() == m_clientNonce.size() || salt.isEmpty() || !ok || iterations < 1
        || iterations > MaxIterations) {
        m_serverProblem = QStringLiteral("unusable server-first-message");
        return {false, {}, m_serverProblem};
    }
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                 std::exchange(m_password, QByteArray()),
                                                                 salt, iterations, 32);
    const QByteArray withoutProof = "c=" + Gs2Header.toBase64() + ",r=" + *nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + withoutProof;
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray signature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = static_cast<char>(proof[i] ^ signature[i]);
    m_expectedServerSignature = hmac(hmac(salted, "Server Key"), authMessage);
    return {true, withoutProof + ",p=" + proof.toBase64(), {}};
}

bool ScramSha256::verifyServerFinal(const QByteArray &serverFinal)
{
    if (const auto error = attribute(serverFinal, 'e')) {
        m_serverProblem = QStringLiteral("server error: ") + QString::fromUtf8(*error);
        return false;
    }
    const auto verifier = attribute(serverFinal, 'v');
    m_verified = verifier && !m_expectedServerSignature.isEmpty()
              && QByteArray::fromBase64(*verifier) == m_expectedServerSignature;
    if (!m_verified)
        m_serverProblem = QStringLiteral("server signature missing or wrong");
    return m_verified;
}

bool ScramSha256::finish(const QByteArray &successData)
{
    return m_verified || verifyServerFinal(successData);
}

} // namespace Kestrel::Smtp

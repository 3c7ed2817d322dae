#include "net/ScramExchange.h"

#include "net/SaslPrep.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <utility>

namespace Kestrel {
namespace {

constexpr auto Hash = QCryptographicHash::Sha256;
constexpr int NonceBytes = 18;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, Hash);
}

// "r=...,s=...,i=..." -> the value of attribute `key` (RFC 5802 5.1: single letters); nullopt when absent.
std::optional<QByteArray> attribute(const QByteArray &message, char key)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(0) == key && part.at(1) == '=')
            return part.mid(2);
    }
    return std::nullopt;
}

QByteArray exclusiveOr(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = char(a.at(i) ^ b.at(i));
    return out;
}

} // namespace

ScramExchange::ScramExchange(const QString &user, const QString &password, QByteArray clientNonce)
    : m_nonce(std::move(clientNonce))
    , m_password(SaslPrep::prepare(password).value_or(QString()).toUtf8())
{
    if (m_nonce.isEmpty()) {
        QByteArray random(NonceBytes, Qt::Uninitialized);
        QRandomGenerator::system()->generate(random.begin(), random.end());
        m_nonce = random.toBase64(); // printable, never ','
    }
    const QString name = SaslPrep::escapeSaslName(SaslPrep::prepare(user).value_or(user));
    m_clientFirstBare = QByteArrayLiteral("n=") + name.toUtf8() + QByteArrayLiteral(",r=") + m_nonce;
}

ScramExchange::~ScramExchange()
{
    m_password.fill('\0');
}

bool ScramExchange::canUse(const QString &user, const QString &password)
{
    const auto preparedPassword = SaslPrep::prepare(password);
    return SaslPrep::prepare(user).has_value() && preparedPassword && !preparedPassword->isEmpty();
}

QByteArray ScramExchange::clientFirst() const
{
    return QByteArrayLiteral("n,,") + m_clientFirstBare; // GS2 header: no channel binding, no authzid
}

// RFC 5802 3: SaltedPassword = Hi(password, salt, i); ClientProof = ClientKey XOR HMAC(StoredKey, AuthMessage).
std::optional<QByteArray> ScramExchange::clientFinal(const QByteArray &serverFirst)
{
    const QByteArray nonce = attribute(serverFirst, 'r').value_or(QByteArray());
    const QByteArray salt = QByteArray::fromBase64(attribute(serverFirst, 's').value_or(QByteArray()));
    bool numeric = false;
    const int iterations = attribute(serverFirst, 'i').value_or(QByteArray()).toInt(&numeric);
    if (serverFirst.startsWith("m=")) // RFC 5802 5.1: a mandatory extension we do not know
        m_problem = QStringLiteral("unsupported mandatory extension");
    else if (!nonce.startsWith(m_nonce) || nonce.size() == m_nonce.size())
        m_problem = QStringLiteral("server nonce does not extend ours");
    else if (salt.isEmpty() || !numeric || iterations < 1 || iterations > MaxIterations)
        m_problem = QStringLiteral("bad salt or iteration count");
    if (!m_problem.isEmpty())
        return std::nullopt;

    const QByteArray withoutProof = QByteArrayLiteral("c=biws,r=") + nonce; // biws = base64("n,,")
    const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + withoutProof;
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(Hash, m_password, salt, iterations, 32);
    m_password.fill('\0');
    m_password.clear();
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, Hash);
    const QByteArray proof = exclusiveOr(clientKey, hmac(storedKey, authMessage));
    m_serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    return withoutProof + QByteArrayLiteral(",p=") + proof.toBase64();
}

bool ScramExchange::verifyServerFinal(const QByteArray &serverFinal)
{
    if (const auto error = attribute(serverFinal, 'e')) {
        m_problem = QStringLiteral("server error: ") + QString::fromUtf8(*error);
        return false;
    }
    const QByteArray signature = QByteArray::fromBase64(attribute(serverFinal, 'v').value_or(QByteArray()));
    // Constant time is not needed here: the signature is the server's to prove, not a secret of ours.
    m_verified = !m_serverSignature.isEmpty() && !signature.isEmpty() && signature == m_serverSignature;
    if (!m_verified)
        m_problem = QStringLiteral("server signature missing or wrong");
    return m_verified;
}

} // namespace Kestrel

#include "imap/session/ScramSha256.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Kestrel::Imap {
namespace {

constexpr auto Hash = QCryptographicHash::Sha256;
constexpr int NonceBytes = 18;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, Hash);
}

// RFC 4013 SASLprep, approximated: NFKC plus mapping of non-ASCII spaces to SPACE (RFC 4013 2.1).
QByteArray saslPrep(const QString &text)
{
    QString prepared = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : prepared) {
        if (c.isSpace() && c.unicode() > 0x7f)
            c = QLatin1Char(' ');
    }
    return prepared.toUtf8();
}

// RFC 5802 5.1: saslname escapes ',' and '='.
QByteArray saslName(const QString &user)
{
    QByteArray name = saslPrep(user);
    name.replace("=", "=3D");
    name.replace(",", "=2C");
    return name;
}

// "r=...,s=...,i=..." -> the value of attribute `key`; null when absent.
QByteArray attribute(const QByteArray &message, char key)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(0) == key && part.at(1) == '=')
            return part.mid(2);
    }
    return QByteArray();
}

QByteArray exclusiveOr(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = char(a.at(i) ^ b.at(i));
    return out;
}

} // namespace

ScramSha256::ScramSha256(const QString &user, QString password, QByteArray clientNonce)
    : m_nonce(std::move(clientNonce))
    , m_password(saslPrep(password))
{
    password.fill(QLatin1Char('\0'));
    if (m_nonce.isEmpty()) {
        QByteArray random(NonceBytes, Qt::Uninitialized);
        QRandomGenerator::system()->generate(random.begin(), random.end());
        m_nonce = random.toBase64(); // printable, never ','
    }
    m_clientFirstBare = QByteArrayLiteral("n=") + saslName(user) + QByteArrayLiteral(",r=") + m_nonce;
}

ScramSha256::~ScramSha256()
{
    m_password.fill('\0');
}

QByteArray ScramSha256::clientFirst() const
{
    return QByteArrayLiteral("n,,") + m_clientFirstBare; // GS2 header: no channel binding, no authzid
}

// RFC 5802 3: SaltedPassword = Hi(password, salt, i); ClientProof = ClientKey XOR HMAC(StoredKey, AuthMessage).
std::optional<QByteArray> ScramSha256::clientFinal(const QByteArray &serverFirst)
{
    const QByteArray nonce = attribute(serverFirst, 'r');
    const QByteArray salt = QByteArray::fromBase64(attribute(serverFirst, 's'));
    bool numeric = false;
    const int iterations = attribute(serverFirst, 'i').toInt(&numeric);
    if (serverFirst.startsWith("m=")) // RFC 5802 5.1: mandatory extensions we do not know
        m_problem = "unsupported mandatory extension";
    else if (!nonce.startsWith(m_nonce) || nonce.size() == m_nonce.size())
        m_problem = "server nonce does not extend ours";
    else if (salt.isEmpty() || !numeric || iterations < 1 || iterations > MaxIterations)
        m_problem = "bad salt or iteration count";
    if (!m_problem.isEmpty())
        return std::nullopt;

    const QByteArray withoutProof = QByteArrayLiteral("c=biws,r=") + nonce; // biws = base64("n,,")
    const QByteArray authMessage = m_clientFirstBare + QByteArrayLiteral(",") + serverFirst + QByteArrayLiteral(",") + withoutProof;
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(Hash, m_password, salt, iterations, 32);
    m_password.fill('\0');
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, Hash);
    const QByteArray proof = exclusiveOr(clientKey, hmac(storedKey, authMessage));
    m_serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    return withoutProof + QByteArrayLiteral(",p=") + proof.toBase64();
}

bool ScramSha256::verifyServerFinal(const QByteArray &serverFinal) const
{
    if (m_serverSignature.isEmpty())
        return false;
    const QByteArray signature = QByteArray::fromBase64(attribute(serverFinal, 'v'));
    // Constant time is not needed here: the signature is the server's to prove, not a secret of ours.
    return !signature.isEmpty() && signature == m_serverSignature;
}

} // namespace Kestrel::Imap

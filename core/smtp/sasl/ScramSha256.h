#pragma once

#include "smtp/sasl/SaslMechanism.h"

namespace Kestrel::Smtp {

// SCRAM-SHA-256 (RFC 7677, RFC 5802) without channel binding ("n,,"). The password never crosses the
// wire; the server proves it knows the salted password by its signature, which is checked — an
// exchange whose server signature is missing or wrong fails even when the server says 235.
class ScramSha256 : public SaslMechanism
{
public:
    // `clientNonce` is for tests (RFC 7677 section 3's vector); empty means 24 random bytes.
    ScramSha256(const QString &user, const QString &password, const QByteArray &clientNonce = {});

    // Whether SASLprep accepts both strings; choose() falls back to PLAIN otherwise.
    static bool canUse(const QString &user, const QString &password);

    QByteArray name() const override { return QByteArrayLiteral("SCRAM-SHA-256"); }
    std::optional<QByteArray> initialResponse() override;
    Response respond(const QByteArray &challenge) override;
    bool finish(const QByteArray &successData) override;
    QString serverProblem() const override { return m_serverProblem; }

    // The iteration count a server may demand before the client refuses (PBKDF2 runs on this thread).
    static constexpr int MaxIterations = 1000000;

private:
    Response respondToServerFirst(const QByteArray &serverFirst);
    bool verifyServerFinal(const QByteArray &serverFinal);

    QByteArray m_password;        // SASLprep'ed, until the client-final message is made
    QByteArray m_clientFirstBare; // "n=user,r=nonce"
    QByteArray m_clientNonce;
    QByteArray m_expectedServerSignature;
    QString m_serverProblem;
    bool m_verified = false;
    int m_step = 0;
};

} // namespace Kestrel::Smtp

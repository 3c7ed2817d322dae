#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Kestrel {

// The client side of one SASL SCRAM-SHA-256 exchange (RFC 7677, on RFC 5802), without channel binding
// ("n,," GS2 header), shared by IMAP's AUTHENTICATE and SMTP's AUTH. Messages are the raw SASL
// payloads; each protocol base64-encodes them itself.
//
//     ScramExchange scram(user, password);
//     send(scram.clientFirst());
//     auto final = scram.clientFinal(serverFirst);   // nullopt: malformed or unsafe challenge
//     bool proven = scram.verifyServerFinal(serverFinal);
//
// The password is SASLprep'ed (RFC 4013), used once in clientFinal() and wiped; only the expected
// server signature of this exchange stays until the object is destroyed.
class ScramExchange
{
public:
    // Iteration counts above this are refused: a hostile server could make us burn CPU for minutes
    // (PBKDF2 runs on the caller's thread).
    static constexpr int MaxIterations = 1'000'000;

    // `clientNonce` is for tests (RFC 7677 section 3's vector); empty means 18 random bytes.
    ScramExchange(const QString &user, const QString &password, QByteArray clientNonce = {});
    ~ScramExchange();
    ScramExchange(const ScramExchange &) = delete;
    ScramExchange &operator=(const ScramExchange &) = delete;

    // Whether SASLprep accepts both strings (and the password is not empty); callers fall back to
    // PLAIN otherwise.
    static bool canUse(const QString &user, const QString &password);

    QByteArray clientFirst() const;
    std::optional<QByteArray> clientFinal(const QByteArray &serverFirst);
    // False for a missing or wrong signature and for an "e=" error (the server's reason goes to problem()).
    bool verifyServerFinal(const QByteArray &serverFinal);
    bool isVerified() const { return m_verified; }
    // Why clientFinal() or verifyServerFinal() refused, in English, for logs and Error::detail.
    const QString &problem() const { return m_problem; }

private:
    QByteArray m_clientFirstBare; // "n=user,r=nonce"
    QByteArray m_nonce;
    QByteArray m_password;        // SASLprep'ed UTF-8, until clientFinal()
    QByteArray m_serverSignature;
    QString m_problem;
    bool m_verified = false;
};

} // namespace Kestrel

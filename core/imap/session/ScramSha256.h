#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Kestrel::Imap {

// The client side of SASL SCRAM-SHA-256 (RFC 7677, on RFC 5802), without channel binding
// ("n,," GS2 header). Messages are the raw SASL payloads; IMAP base64-encodes them (RFC 3501 6.2.2).
//
//     ScramSha256 scram(user, password);
//     send(scram.clientFirst());
//     auto final = scram.clientFinal(serverFirst);   // nullopt: malformed or unsafe challenge
//     bool proven = scram.verifyServerFinal(serverFinal);
//
// The password is used once, in clientFinal(), and not kept; only derived keys for this exchange
// (the expected server signature) stay until the object is destroyed.
class ScramSha256
{
public:
    // Iteration counts above this are refused: a hostile server could make us burn CPU for minutes.
    static constexpr int MaxIterations = 1'000'000;

    ScramSha256(const QString &user, QString password, QByteArray clientNonce = {});
    ~ScramSha256();

    QByteArray clientFirst() const;
    std::optional<QByteArray> clientFinal(const QByteArray &serverFirst);
    bool verifyServerFinal(const QByteArray &serverFinal) const;
    // Why clientFinal() refused, for logs.
    const QByteArray &problem() const { return m_problem; }

private:
    QByteArray m_clientFirstBare;
    QByteArray m_nonce;
    QByteArray m_password;
    QByteArray m_serverSignature;
    QByteArray m_problem;
};

} // namespace Kestrel::Imap

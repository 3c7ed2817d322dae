#pragma once

#include "net/ScramExchange.h"
#include "smtp/sasl/SaslMechanism.h"

namespace Kestrel::Smtp {

// SCRAM-SHA-256 for SMTP AUTH (RFC 4954): the exchange itself is core/net's ScramExchange, shared with
// IMAP; this adapts it to SMTP's challenge steps. The password never crosses the wire; an exchange whose
// server signature is missing or wrong fails even when the server says 235.
class ScramSha256 : public SaslMechanism
{
public:
    // `clientNonce` is for tests (RFC 7677 section 3's vector); empty means random.
    ScramSha256(const QString &user, const QString &password, const QByteArray &clientNonce = {});

    // Whether SASLprep accepts both strings; choose() falls back to PLAIN otherwise.
    static bool canUse(const QString &user, const QString &password) { return ScramExchange::canUse(user, password); }
    static constexpr int MaxIterations = ScramExchange::MaxIterations;

    QByteArray name() const override { return QByteArrayLiteral("SCRAM-SHA-256"); }
    std::optional<QByteArray> initialResponse() override;
    Response respond(const QByteArray &challenge) override;
    bool finish(const QByteArray &successData) override;
    QString serverProblem() const override { return m_exchange.problem(); }

private:
    ScramExchange m_exchange;
    int m_step = 0;
};

} // namespace Kestrel::Smtp

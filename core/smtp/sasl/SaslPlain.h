#pragma once

#include "smtp/sasl/SaslMechanism.h"

namespace Kestrel::Smtp {

// PLAIN (RFC 4616 section 2): one message, [authzid] NUL authcid NUL passwd, sent as the initial
// response. Only ever over TLS unless the account explicitly allows a cleartext connection.
class SaslPlain : public SaslMechanism
{
public:
    SaslPlain(const QString &user, const QString &password);

    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }
    std::optional<QByteArray> initialResponse() override;
    Response respond(const QByteArray &challenge) override;

    static QByteArray message(const QString &user, const QString &password);

private:
    QByteArray m_message;
};

} // namespace Kestrel::Smtp

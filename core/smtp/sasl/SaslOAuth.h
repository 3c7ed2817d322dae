#pragma once

#include "smtp/sasl/SaslMechanism.h"

namespace Kestrel::Smtp {

// Bearer-token sign-in: OAUTHBEARER (RFC 7628 section 3.1) or Google's and Microsoft's XOAUTH2. The
// token goes in the initial response. On failure the server sends a 334 challenge holding a JSON error
// (RFC 7628 section 3.2.2); the client answers with the dummy response the mechanism defines (%x01
// for OAUTHBEARER, an empty line for XOAUTH2) and the server then ends the exchange with 535.
class SaslOAuth : public SaslMechanism
{
public:
    enum class Variant { OAuthBearer, XOAuth2 };

    SaslOAuth(Variant variant, const QString &user, const QString &token, const QString &host, quint16 port);

    QByteArray name() const override;
    std::optional<QByteArray> initialResponse() override;
    Response respond(const QByteArray &challenge) override;
    QString serverProblem() const override { return m_serverProblem; }

    static QByteArray message(Variant variant, const QString &user, const QString &token, const QString &host,
                              quint16 port);

private:
    Variant m_variant;
    QByteArray m_message;
    QString m_serverProblem;
    bool m_answeredError = false;
};

} // namespace Kestrel::Smtp

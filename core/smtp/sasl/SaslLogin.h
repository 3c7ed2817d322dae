#pragma once

#include "smtp/sasl/SaslMechanism.h"

namespace Kestrel::Smtp {

// LOGIN (draft-murchison-sasl-login): the server asks for the user name, then for the password, each
// in a 334 challenge ("Username:", "Password:"); the prompts' wording is not relied on.
class SaslLogin : public SaslMechanism
{
public:
    SaslLogin(const QString &user, const QString &password);

    QByteArray name() const override { return QByteArrayLiteral("LOGIN"); }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Response respond(const QByteArray &challenge) override;

private:
    QByteArray m_user;
    QByteArray m_password;
    int m_step = 0;
};

} // namespace Kestrel::Smtp

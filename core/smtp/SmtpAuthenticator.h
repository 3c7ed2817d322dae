#pragma once

#include "smtp/sasl/SaslMechanism.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpCredentials.h"
#include "smtp/SmtpStep.h"

#include <memory>

namespace Kestrel::Smtp {

class SmtpTransport;

// Runs one AUTH exchange (RFC 4954 section 4) with the best mechanism both sides support. The SASL
// mechanism holding the secret lives only as long as the exchange; nothing secret reaches the log.
class SmtpAuthenticator
{
public:
    explicit SmtpAuthenticator(SmtpTransport &transport);
    ~SmtpAuthenticator();

    // Sends AUTH, or fails at once when no offered mechanism fits the credentials.
    SmtpStep start(const SmtpCapabilities &capabilities, const SmtpCredentials &credentials);
    SmtpStep onReply(const SmtpReply &reply);

private:
    SmtpStep onChallenge(const SmtpReply &reply);
    SmtpStep onSuccess(const SmtpReply &reply);
    void sendResponse(const QByteArray &response);
    QString label() const;

    SmtpTransport &m_transport;
    std::unique_ptr<SaslMechanism> m_mechanism;
    QByteArray m_mechanismName;
};

} // namespace Kestrel::Smtp

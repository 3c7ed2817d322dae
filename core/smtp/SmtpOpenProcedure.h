#pragma once

#include "smtp/SmtpAuthenticator.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpCredentials.h"
#include "smtp/SmtpStep.h"

#include <memory>
#include <optional>

namespace Kestrel::Smtp {

class SmtpTransport;

// From the greeting to a session ready for mail: greeting (RFC 5321 section 3.1), EHLO with HELO
// fallback (section 4.1.1.1, 3.2), STARTTLS and EHLO again (RFC 3207 section 4.2), AUTH (RFC 4954).
// Refuses to go on in cleartext on a StartTls endpoint when STARTTLS is missing or refused.
class SmtpOpenProcedure
{
public:
    SmtpOpenProcedure(SmtpTransport &transport, const SmtpCredentials &credentials);
    ~SmtpOpenProcedure();

    SmtpStep onReply(const SmtpReply &reply);
    SmtpStep onEncrypted();
    const SmtpCapabilities &capabilities() const { return m_capabilities; }

private:
    enum class Stage { Greeting, Ehlo, Helo, StartTls, Handshake, Authenticating };

    SmtpStep onGreeting(const SmtpReply &reply);
    SmtpStep onEhlo(const SmtpReply &reply);
    SmtpStep onHelo(const SmtpReply &reply);
    SmtpStep onStartTlsReply(const SmtpReply &reply);
    SmtpStep afterHello();
    SmtpStep authenticate();
    void sendHello(const char *verb, Stage stage);
    bool needsStartTls() const;

    SmtpTransport &m_transport;
    std::optional<SmtpCredentials> m_credentials; // only until AUTH starts
    std::unique_ptr<SmtpAuthenticator> m_authenticator;
    SmtpCapabilities m_capabilities;
    Stage m_stage = Stage::Greeting;
};

} // namespace Kestrel::Smtp

#include "smtp/SmtpOpenProcedure.h"

#include "smtp/SmtpErrors.h"
#include "smtp/SmtpTransport.h"

namespace Kestrel::Smtp {

SmtpOpenProcedure::SmtpOpenProcedure(SmtpTransport &transport, const SmtpCredentials &credentials)
    : m_transport(transport)
{
    if (credentials.kind != SmtpCredentials::Kind::None)
        m_credentials = credentials;
}

SmtpOpenProcedure::~SmtpOpenProcedure() = default;

SmtpStep SmtpOpenProcedure::onReply(const SmtpReply &reply)
{
    switch (m_stage) {
    case Stage::Greeting: return onGreeting(reply);
    case Stage::Ehlo: return onEhlo(reply);
    case Stage::Helo: return onHelo(reply);
    case Stage::StartTls: return onStartTlsReply(reply);
    case Stage::Handshake: return SmtpStep::next(); // the transport refuses such bytes itself
    case Stage::Authenticating: {
        const SmtpStep step = m_authenticator->onReply(reply);
        if (step.status != SmtpStep::Status::Continue)
            m_authenticator.reset();
        return step;
    }
    }
    return SmtpStep::next();
}

SmtpStep SmtpOpenProcedure::onGreeting(const SmtpReply &reply)
{
    // RFC 5321 section 3.1: 220 to go on; 554 (or anything else) means "no service here".
    if (reply.code != 220)
        return SmtpStep::fail(SmtpErrors::greetingRefused(m_transport.serverName(), reply));
    sendHello("EHLO", Stage::Ehlo);
    return SmtpStep::next();
}

void SmtpOpenProcedure::sendHello(const char *verb, Stage stage)
{
    const QString name = m_transport.settings().heloName.isEmpty() ? m_transport.localAddressLiteral()
                                                                   : m_transport.settings().heloName;
    m_stage = stage;
    m_transport.sendCommand(SmtpCommand::plain(QByteArray(verb) + ' ' + name.toUtf8(), QString::fromLatin1(verb)));
}

SmtpStep SmtpOpenProcedure::onEhlo(const SmtpReply &reply)
{
    if (reply.isPositive()) {
        m_capabilities = SmtpCapabilities::fromEhloReply(reply);
        return afterHello();
    }
    // RFC 5321 section 4.1.4 / 3.2: a server that does not know EHLO answers 500 or 502; fall back
    // to HELO — but never after STARTTLS, where EHLO worked a moment ago.
    if (reply.isPermanentFailure() && !m_transport.isEncrypted()) {
        sendHello("HELO", Stage::Helo);
        return SmtpStep::next();
    }
    return SmtpStep::fail(SmtpErrors::rejected(m_transport.serverName(), QStringLiteral("EHLO"), reply));
}

SmtpStep SmtpOpenProcedure::onHelo(const SmtpReply &reply)
{
    if (!reply.isPositive())
        return SmtpStep::fail(SmtpErrors::rejected(m_transport.serverName(), QStringLiteral("HELO"), reply));
    m_capabilities = SmtpCapabilities();
    return afterHello();
}

bool SmtpOpenProcedure::needsStartTls() const
{
    return m_transport.settings().endpoint.security == ConnectionSecurity::StartTls && !m_transport.isEncrypted();
}

SmtpStep SmtpOpenProcedure::afterHello()
{
    if (!needsStartTls())
        return authenticate();
    // RFC 3207 section 4: only when the server offers it; without it, nothing more is said in clear.
    if (!m_capabilities.startTls) {
        const QString detail = m_capabilities.extended ? QStringLiteral("STARTTLS not in the EHLO reply")
                                                       : QStringLiteral("server only understands HELO");
        return SmtpStep::fail(SmtpErrors::startTlsUnavailable(m_transport.serverName(), detail));
    }
    m_stage = Stage::StartTls;
    m_transport.sendCommand(SmtpCommand::plain("STARTTLS", QStringLiteral("STARTTLS")));
    return SmtpStep::next();
}

SmtpStep SmtpOpenProcedure::onStartTlsReply(const SmtpReply &reply)
{
    // RFC 3207 section 4: 220 "Ready to start TLS"; 454 or 501 leave us in clear text: stop there.
    if (reply.code != 220)
        return SmtpStep::fail(SmtpErrors::rejected(m_transport.serverName(), QStringLiteral("STARTTLS"), reply));
    m_stage = Stage::Handshake;
    m_transport.startTls(); // may fail (injection): the transport then reports it
    return SmtpStep::next();
}

SmtpStep SmtpOpenProcedure::onEncrypted()
{
    if (m_stage != Stage::Handshake)
        return SmtpStep::next();
    // RFC 3207 section 4.2: forget everything learnt before TLS and ask again.
    m_capabilities = SmtpCapabilities();
    sendHello("EHLO", Stage::Ehlo);
    return SmtpStep::next();
}

SmtpStep SmtpOpenProcedure::authenticate()
{
    if (!m_credentials)
        return SmtpStep::done();
    const SmtpCredentials credentials = std::exchange(m_credentials, std::nullopt).value();
    m_stage = Stage::Authenticating;
    m_authenticator = std::make_unique<SmtpAuthenticator>(m_transport);
    const SmtpStep step = m_authenticator->start(m_capabilities, credentials);
    if (step.status != SmtpStep::Status::Continue)
        m_authenticator.reset();
    return step;
}

} // namespace Kestrel::Smtp

#include "smtp/SmtpAuthenticator.h"

#include "smtp/SmtpErrors.h"
#include "smtp/SmtpTransport.h"

namespace Kestrel::Smtp {
namespace {

const QByteArray Redacted = QByteArrayLiteral("[redacted]");

} // namespace

SmtpAuthenticator::SmtpAuthenticator(SmtpTransport &transport)
    : m_transport(transport)
{
}

SmtpAuthenticator::~SmtpAuthenticator() = default;

QString SmtpAuthenticator::label() const
{
    return QStringLiteral("AUTH ") + QString::fromLatin1(m_mechanismName);
}

SmtpStep SmtpAuthenticator::start(const SmtpCapabilities &capabilities, const SmtpCredentials &credentials)
{
    const SmtpClientSettings &settings = m_transport.settings();
    m_mechanism = SaslMechanism::choose(capabilities.authMechanisms, credentials, settings.endpoint.host,
                                        settings.endpoint.port, settings.authMechanisms);
    if (!m_mechanism)
        return SmtpStep::fail(SmtpErrors::noAuthMechanism(m_transport.serverName(), capabilities.authMechanisms));
    m_mechanismName = m_mechanism->name();
    QByteArray line = "AUTH " + m_mechanismName;
    QByteArray logText = line;
    if (const auto initial = m_mechanism->initialResponse()) {
        // RFC 4954 section 4: an empty initial response is sent as "=".
        line += ' ' + (initial->isEmpty() ? QByteArray("=") : initial->toBase64());
        logText += ' ' + Redacted;
    }
    m_transport.sendCommand(SmtpCommand::secret(line, label(), logText));
    return SmtpStep::next();
}

SmtpStep SmtpAuthenticator::onReply(const SmtpReply &reply)
{
    if (!m_mechanism)
        return SmtpStep::fail(SmtpErrors::rejected(m_transport.serverName(), label(), reply));
    if (reply.code == 334)
        return onChallenge(reply);
    if (reply.code == 235)
        return onSuccess(reply);
    const QString explanation = m_mechanism->serverProblem();
    m_mechanism.reset();
    // RFC 4954 section 6: 535 credentials invalid, 534 mechanism too weak. Anything else (454
    // temporary failure, 504 unknown mechanism...) is the server's trouble, not the password's.
    const QString server = m_transport.serverName();
    Error error = reply.code == 535 || reply.code == 534
        ? SmtpErrors::authenticationFailed(server, m_mechanismName, reply)
        : SmtpErrors::rejected(server, label(), reply);
    if (!explanation.isEmpty())
        error.detail += QStringLiteral("; ") + explanation;
    return SmtpStep::fail(error);
}

SmtpStep SmtpAuthenticator::onChallenge(const SmtpReply &reply)
{
    const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0).trimmed());
    const SaslMechanism::Response response = m_mechanism->respond(challenge);
    if (!response.ok) {
        // The exchange cannot go on; the connection is dropped, which ends it (RFC 4954 section 4).
        const QString server = m_transport.serverName();
        const bool scram = m_mechanismName.startsWith("SCRAM-");
        Error error = scram ? SmtpErrors::serverNotVerified(server, m_mechanismName, response.problem)
                            : SmtpErrors::rejected(server, label(), reply);
        if (!scram)
            error.detail += QStringLiteral("; ") + response.problem;
        m_mechanism.reset();
        return SmtpStep::fail(error);
    }
    sendResponse(response.data);
    return SmtpStep::next();
}

SmtpStep SmtpAuthenticator::onSuccess(const SmtpReply &reply)
{
    const QByteArray successData = QByteArray::fromBase64(reply.lines.value(0).trimmed());
    const bool verified = m_mechanism->finish(successData);
    const QString problem = m_mechanism->serverProblem();
    m_mechanism.reset(); // the secret goes with it
    if (!verified)
        return SmtpStep::fail(SmtpErrors::serverNotVerified(m_transport.serverName(), m_mechanismName, problem));
    return SmtpStep::done();
}

void SmtpAuthenticator::sendResponse(const QByteArray &response)
{
    m_transport.sendCommand(SmtpCommand::secret(response.toBase64(), label(), Redacted));
}

} // namespace Kestrel::Smtp

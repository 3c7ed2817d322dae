#include "imap/commands/LoginCommand.h"

#include "imap/session/Capabilities.h"
#include "net/OAuthSaslMessage.h"
#include "net/ScramExchange.h"
#include "imap/session/SessionErrors.h"

#include <algorithm>

namespace Kestrel::Imap {
namespace {

const QByteArray Redacted = QByteArrayLiteral("[redacted]");

} // namespace

LoginCommand::LoginCommand(const QString &user, const QString &password, Mechanism mechanism)
    : m_user(user)
    , m_password(password)
    , m_mechanism(mechanism)
{
}

std::unique_ptr<LoginCommand> LoginCommand::withAccessToken(const QString &user, const QString &accessToken)
{
    auto command = std::make_unique<LoginCommand>(user, accessToken);
    command->m_accessToken = true;
    return command;
}

LoginCommand::~LoginCommand()
{
    wipe();
}

void LoginCommand::wipe()
{
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
    m_scram.reset();
}

QByteArray LoginCommand::name() const
{
    return m_mechanism == Mechanism::Login ? QByteArrayLiteral("LOGIN") : QByteArrayLiteral("AUTHENTICATE");
}

LoginCommand::Mechanism LoginCommand::choose(CommandContext &context)
{
    const Capabilities &capabilities = context.capabilities();
    if (m_mechanism != Mechanism::Automatic)
        return m_mechanism;
    if (m_accessToken) { // a token is no password: LOGIN or PLAIN would send it to be checked as one
        if (capabilities.hasAuth("OAUTHBEARER"))
            return Mechanism::OAuthBearer;
        return capabilities.hasAuth("XOAUTH2") ? Mechanism::XOAuth2 : Mechanism::Automatic;
    }
    // A user name or password that SASLprep refuses cannot be hashed the way the server did: use PLAIN.
    if (capabilities.hasAuth("SCRAM-SHA-256") && ScramExchange::canUse(m_user, m_password))
        return Mechanism::ScramSha256;
    if (capabilities.hasAuth("PLAIN"))
        return Mechanism::Plain;
    return Mechanism::Login;
}

void LoginCommand::start(CommandContext &context)
{
    m_mechanism = choose(context);
    if (m_mechanism == Mechanism::Automatic) { // an access token, and neither bearer mechanism offered
        wipe();
        fail(SessionErrors::noLoginMethod(context.serverName(), context.capabilities().list().join(' ')));
        return;
    }
    // RFC 3501 6.2.3 / 7.2.1: LOGINDISABLED forbids LOGIN (typically before STARTTLS).
    const Capabilities &capabilities = context.capabilities();
    if (m_mechanism == Mechanism::Login && capabilities.has("LOGINDISABLED")) {
        const bool otherMechanisms = std::any_of(capabilities.list().cbegin(), capabilities.list().cend(),
                                                 [](const QByteArray &c) { return c.toUpper().startsWith("AUTH="); });
        wipe();
        fail(otherMechanisms ? SessionErrors::noLoginMethod(context.serverName(), capabilities.list().join(' '))
                             : SessionErrors::loginDisabled(context.serverName()));
        return;
    }
    if (m_mechanism == Mechanism::Login)
        sendLogin(context);
    else
        sendAuthenticate(context);
}

void LoginCommand::sendLogin(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    const QByteArray user = m_user.toUtf8();
    out.writer.atom("LOGIN").astring(user).astring(m_password.toUtf8());
    send(context, out, out.tag + QByteArrayLiteral(" LOGIN ") + user + QByteArrayLiteral(" ") + Redacted);
    m_result.mechanism = QByteArrayLiteral("LOGIN");
}

void LoginCommand::sendAuthenticate(CommandContext &context)
{
    const bool scram = m_mechanism == Mechanism::ScramSha256;
    const QByteArray mechanism = scram                                ? QByteArrayLiteral("SCRAM-SHA-256")
                               : m_mechanism == Mechanism::OAuthBearer ? QByteArrayLiteral("OAUTHBEARER")
                               : m_mechanism == Mechanism::XOAuth2     ? QByteArrayLiteral("XOAUTH2")
                                                                       : QByteArrayLiteral("PLAIN");
    m_result.mechanism = mechanism;
    if (scram)
        m_scram = std::make_unique<ScramExchange>(m_user, m_password);
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("AUTHENTICATE").atom(mechanism);
    QByteArray logText = out.tag + QByteArrayLiteral(" AUTHENTICATE ") + mechanism;
    if (context.capabilities().has("SASL-IR")) { // RFC 4959: the first response goes inline
        const QByteArray initial = scram ? m_scram->clientFirst() : usesToken() ? oauthResponse() : plainResponse();
        out.writer.atom(initial.toBase64());
        logText.append(' ').append(scram ? initial.toBase64() : Redacted);
        m_step = 1;
    }
    send(context, out, logText);
}

// RFC 4616 2: authzid NUL authcid NUL passwd
QByteArray LoginCommand::plainResponse() const
{
    QByteArray response(1, '\0');
    response.append(m_user.toUtf8()).append('\0').append(m_password.toUtf8());
    return response;
}

QByteArray LoginCommand::oauthResponse() const
{
    return oauthSaslMessage(m_mechanism == Mechanism::OAuthBearer ? OAuthSaslVariant::OAuthBearer
                                                                   : OAuthSaslVariant::XOAuth2,
                            m_user, m_password);
}

// Step 0 (no SASL-IR): the empty challenge asks for the token. A later challenge is the server's JSON
// error (RFC 7628 3.2.2); the client must answer it with the mechanism's dummy response (%x01, or an
// empty line for XOAUTH2), and the tagged NO follows.
void LoginCommand::continueOAuth(const ContinuationRequest &request, CommandContext &context)
{
    if (m_step++ == 0) {
        context.sendLine(oauthResponse().toBase64(), Redacted);
        return;
    }
    m_oauthProblem = QString::fromUtf8(request.decodedChallenge().value_or(QByteArray()));
    context.sendLine(m_mechanism == Mechanism::OAuthBearer ? QByteArray(1, '\x01').toBase64() : QByteArray());
}

bool LoginCommand::untagged(const Response &response, CommandContext &)
{
    if (!std::holds_alternative<CapabilityResponse>(response))
        return false;
    m_sawCapability = true; // the session already updated its cache
    return true;
}

void LoginCommand::continuation(const ContinuationRequest &request, CommandContext &context)
{
    if (m_mechanism == Mechanism::ScramSha256) {
        continueScram(request, context);
        return;
    }
    if (usesToken()) {
        continueOAuth(request, context);
        return;
    }
    if (m_step++ > 0) { // PLAIN has one response; RFC 3501 6.2.2: "*" cancels
        abortExchange(context, SessionErrors::protocol(context.serverName(), QStringLiteral("unexpected PLAIN challenge")));
        return;
    }
    context.sendLine(plainResponse().toBase64(), Redacted);
}

void LoginCommand::continueScram(const ContinuationRequest &request, CommandContext &context)
{
    const std::optional<QByteArray> challenge = request.decodedChallenge();
    const int step = m_step++;
    if (!challenge) {
        abortExchange(context, SessionErrors::protocol(context.serverName(), QStringLiteral("challenge is not base64")));
    } else if (step == 0) {
        context.sendLine(m_scram->clientFirst().toBase64());
    } else if (step == 1) {
        const std::optional<QByteArray> final = m_scram->clientFinal(*challenge);
        if (!final) {
            abortExchange(context, SessionErrors::protocol(context.serverName(), m_scram->problem()));
            return;
        }
        context.sendLine(final->toBase64(), Redacted);
    } else if (m_scram->verifyServerFinal(*challenge)) {
        m_serverVerified = true;
        context.sendLine(QByteArray()); // RFC 3501 6.2.2: empty response to the final data
    } else {
        abortExchange(context, SessionErrors::serverSignatureMismatch(context.serverName()));
    }
}

void LoginCommand::abortExchange(CommandContext &context, const Error &error)
{
    context.sendLine(QByteArrayLiteral("*")); // the server answers BAD; that answer is swallowed
    wipe();
    fail(error);
}

void LoginCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    if (m_loggedIn) { // the CAPABILITY asked for after login
        finish(status, context);
        return;
    }
    wipe();
    if (status.condition == StatusCondition::No) {
        result().status = status;
        Error error = SessionErrors::authenticationFailed(context.serverName(), status, context.currentFrame().bytes);
        if (!m_oauthProblem.isEmpty())
            error.detail += QStringLiteral("; ") + m_oauthProblem;
        fail(error);
        return;
    }
    if (status.condition != StatusCondition::Ok) {
        finish(status, context);
        return;
    }
    if (m_mechanism == Mechanism::ScramSha256 && !m_serverVerified) {
        // An OK without the server's proof: it may not know the password at all (RFC 5802 9).
        fail(SessionErrors::serverSignatureMismatch(context.serverName()));
        return;
    }
    loggedIn(status, context);
}

void LoginCommand::loggedIn(const TaggedStatus &status, CommandContext &context)
{
    m_loggedIn = true;
    result().status = status;
    context.setState(SessionState::Authenticated);
    // RFC 3501 6.2.2/6.2.3 (and RFC 9051): capabilities may change after login.
    if (status.code.kind == ResponseCodeKind::Capability || m_sawCapability) {
        complete();
        return;
    }
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("CAPABILITY");
    send(context, out);
}

} // namespace Kestrel::Imap

#include "account/oauth/OAuthSignIn.h"

#include "account/oauth/OAuthErrors.h"
#include "account/oauth/OAuthReplyHandler.h"
#include "account/oauth/OAuthTokenRefresher.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>

namespace Kestrel {

OAuthSignIn::OAuthSignIn(const OAuthProvider &provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_verifier(makePkceVerifier())
    , m_flow(new QOAuth2AuthorizationCodeFlow(this))
    , m_handler(new OAuthReplyHandler(this))
{
    m_flow->setAuthorizationUrl(provider.authorizationUrl);
    m_flow->setAccessTokenUrl(provider.tokenUrl);
    m_flow->setClientIdentifier(provider.clientId);
    if (!provider.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(provider.clientSecret);
    m_flow->setScope(provider.scopes.join(QLatin1Char(' ')));
    m_flow->setReplyHandler(m_handler);
    const QByteArray challenge = pkceChallenge(m_verifier);
    m_flow->setModifyParametersFunction([this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->insert(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
        }
    });
    m_handler->setCallbackText(tr("Kestrel is signed in. You may close this page."));
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) { onAuthorizationError(error, description); });
    connect(m_handler, &OAuthReplyHandler::tokenReplyFinished, this, &OAuthSignIn::onTokenReply);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        end(std::nullopt, OAuthErrors::timedOut(m_provider.authorizationUrl.host(), m_timeout.interval() / 1000));
    });
}

OAuthSignIn::~OAuthSignIn()
{
    m_verifier.fill('\0');
}

QByteArray OAuthSignIn::makePkceVerifier()
{
    // RFC 7636 4.1: 32 random octets, base64url-encoded, give the recommended 43 characters.
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray OAuthSignIn::pkceChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void OAuthSignIn::start(int timeoutSeconds)
{
    if (!m_handler->isListening()) {
        end(std::nullopt, OAuthErrors::cannotListen(QStringLiteral("cannot listen on 127.0.0.1")));
        return;
    }
    m_timeout.start(timeoutSeconds * 1000);
    m_flow->grant();
}

void OAuthSignIn::cancel()
{
    end(std::nullopt, Error::make(Error::Code::Cancelled, tr("The sign-in was cancelled.")));
}

void OAuthSignIn::onTokenReply(QNetworkReply *reply)
{
    auto [tokens, error] = OAuthTokenRefresher::readTokenReply(*reply, m_provider.tokenUrl.host(), QString());
    end(tokens, error);
}

void OAuthSignIn::onAuthorizationError(const QString &error, const QString &description)
{
    end(std::nullopt, OAuthErrors::authorizationDenied(m_provider.authorizationUrl.host(), error, description));
}

void OAuthSignIn::end(const std::optional<OAuthTokens> &tokens, const std::optional<Error> &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_timeout.stop();
    m_handler->close(); // nothing else may answer on that port
    if (tokens)
        emit succeeded(*tokens);
    else
        emit failed(error.value_or(OAuthErrors::badTokenResponse(m_provider.tokenUrl.host())));
}

} // namespace Kestrel

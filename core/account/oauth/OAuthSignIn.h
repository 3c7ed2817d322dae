#pragma once

#include "account/oauth/OAuthProvider.h"
#include "account/oauth/OAuthTokens.h"
#include "common/Error.h"

#include <QObject>
#include <QTimer>

class QOAuth2AuthorizationCodeFlow;
class QNetworkReply;

namespace Kestrel {

class OAuthReplyHandler;

// One sign-in in the system browser: the authorization-code flow (RFC 6749 4.1) for a native app
// (RFC 8252) with PKCE (RFC 7636, S256). Qt NetworkAuth builds the authorization URL, listens on
// 127.0.0.1 for the redirect, checks `state` and exchanges the code. This class adds PKCE, a time
// limit and clear errors. It never opens the browser itself (core/ has no Gui): whoever shows it
// connects openBrowser to QDesktopServices::openUrl; a test fetches the URL instead.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutSeconds = 300;

    explicit OAuthSignIn(const OAuthProvider &provider, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Starts listening and emits openBrowser; ends with exactly one of succeeded or failed.
    void start(int timeoutSeconds = DefaultTimeoutSeconds);
    void cancel();

    // RFC 7636 4.2: BASE64URL(SHA256(verifier)) without padding.
    static QByteArray pkceChallenge(const QByteArray &verifier);
    static QByteArray makePkceVerifier();

signals:
    void openBrowser(const QUrl &url);
    void succeeded(const Kestrel::OAuthTokens &tokens);
    void failed(const Kestrel::Error &error);

private:
    void onTokenReply(QNetworkReply *reply);
    void onAuthorizationError(const QString &error, const QString &description);
    void end(const std::optional<OAuthTokens> &tokens, const std::optional<Error> &error);

    OAuthProvider m_provider;
    QByteArray m_verifier;
    QOAuth2AuthorizationCodeFlow *m_flow;
    OAuthReplyHandler *m_handler;
    QTimer m_timeout;
    bool m_ended = false;
};

} // namespace Kestrel

Q_DECLARE_METATYPE(Kestrel::OAuthTokens)

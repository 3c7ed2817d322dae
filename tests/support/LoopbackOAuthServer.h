#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QTcpServer>

namespace Kestrel::Test {

// A tiny OAuth2 authorization server (RFC 6749) over plain HTTP on 127.0.0.1, for tests only:
//  GET  /authorize   answers at once with a 302 to redirect_uri carrying a code and the state (the user
//                    "consented"); it remembers the PKCE challenge (RFC 7636) sent with it.
//  POST /token       authorization_code: checks the code, redirect_uri, client id and that SHA-256 of
//                    code_verifier matches the challenge; refresh_token: checks the refresh token is
//                    known and not revoked. Answers tokens that expire after expiresInSeconds().
//  POST /introspect  RFC 7662 for Dovecot's oauth2 passdb: {"active": ..., "email": user}.
// Everything it refuses is answered with RFC 6749 5.2 JSON errors (invalid_grant...).
class LoopbackOAuthServer : public QTcpServer
{
    Q_OBJECT
public:
    LoopbackOAuthServer(QString user, QString clientId, QObject *parent = nullptr);

    bool start(); // listens on a free loopback port
    QString baseUrl() const; // http://127.0.0.1:PORT
    QString authorizationUrl() const { return baseUrl() + QStringLiteral("/authorize"); }
    QString tokenUrl() const { return baseUrl() + QStringLiteral("/token"); }
    QString introspectionUrl() const { return baseUrl() + QStringLiteral("/introspect"); }

    void setExpiresInSeconds(int seconds) { m_expiresIn = seconds; }
    // The server forgets every access token issued so far, as if they had expired early.
    void expireAccessTokens() { m_accessTokens.clear(); }
    // The user withdrew Kestrel's access: refresh tokens stop working.
    void revokeRefreshTokens() { m_refreshTokens.clear(); }

    int codeExchanges() const { return m_codeExchanges; }
    int refreshes() const { return m_refreshes; }
    int rejectedIntrospections() const { return m_rejectedIntrospections; }
    int acceptedIntrospections() const { return m_acceptedIntrospections; }
    QByteArray lastRefusal() const { return m_lastRefusal; } // why /token last said no, for test messages
    // Every token ever issued: a test greps logs and files for them.
    QList<QByteArray> issuedTokens() const { return m_issued; }

private:
    struct Request {
        QByteArray method, path;
        QHash<QByteArray, QByteArray> query, form;
    };
    void onReadyRead(QTcpSocket *socket);
    QByteArray answer(const Request &request);
    QByteArray authorize(const Request &request);
    QByteArray token(const Request &request);
    QByteArray introspect(const Request &request);
    QByteArray issueTokens(const QByteArray &refreshToken);
    QByteArray refuse(const QByteArray &error, const QByteArray &description);
    QByteArray newToken(const char *prefix);

    QString m_user;
    QString m_clientId;
    int m_expiresIn = 3600;
    int m_serial = 0;
    struct PendingCode {
        QByteArray challenge, redirectUri;
    };
    QHash<QByteArray, PendingCode> m_codes;
    QHash<QByteArray, QDateTime> m_accessTokens; // token -> expiry
    QList<QByteArray> m_refreshTokens;
    QList<QByteArray> m_issued;
    int m_codeExchanges = 0, m_refreshes = 0, m_rejectedIntrospections = 0, m_acceptedIntrospections = 0;
    QByteArray m_lastRefusal;
};

} // namespace Kestrel::Test

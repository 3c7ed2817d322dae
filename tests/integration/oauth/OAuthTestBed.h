#pragma once

// Dovecot set up to accept OAuth2 bearer tokens (XOAUTH2, OAUTHBEARER) for alice, checking each with
// RFC 7662 introspection against the loopback authorization server; plus the "browser" that follows
// the authorization URL to Kestrel's loopback redirect listener.
#include "DovecotServer.h"
#include "LoopbackOAuthServer.h"

#include "account/oauth/OAuthProvider.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

namespace Kestrel::Test {

class OAuthTestBed
{
public:
    static inline const QString ClientId = QStringLiteral("kestrel-test-client");

    OAuthTestBed()
        : authServer(QStringLiteral("alice"), ClientId)
    {
    }

    bool start(QString *error)
    {
        if (!authServer.start() || !m_dir.isValid()) {
            *error = QStringLiteral("authorization server did not start");
            return false;
        }
        const QString confPath = m_dir.filePath(QStringLiteral("dovecot-oauth2.conf.ext"));
        QFile conf(confPath);
        if (!conf.open(QIODevice::WriteOnly))
            return false;
        conf.write("introspection_mode = post\n"
                   "introspection_url = " + authServer.introspectionUrl().toUtf8() + "\n"
                   "username_attribute = email\n"
                   "active_attribute = active\n"
                   "active_value = true\n");
        conf.close();
        // A second passdb: a token is no password, so passwd-file fails it and oauth2 decides.
        dovecot.setExtraConfig(QStringLiteral("auth_mechanisms = plain login xoauth2 oauthbearer\n"
                                              "passdb {\n  driver = oauth2\n  args = %1\n}\n")
                                   .arg(confPath));
        if (!dovecot.start()) {
            *error = dovecot.errorString();
            return false;
        }
        return true;
    }

    OAuthProvider provider() const
    {
        return {QStringLiteral("loopback"), QUrl(authServer.authorizationUrl()), QUrl(authServer.tokenUrl()), ClientId,
                QString(), {QStringLiteral("mail")}};
    }

    // What the system browser does: load the authorization page, follow its redirect to the loopback
    // listener and show the answer. Returns that answer's body.
    QByteArray browse(const QUrl &url)
    {
        QNetworkReply *reply = m_browser.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            m_lastPage = reply->readAll();
            reply->deleteLater();
        });
        return {};
    }
    QByteArray lastPage() const { return m_lastPage; }

    LoopbackOAuthServer authServer;
    DovecotServer dovecot;

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_browser;
    QByteArray m_lastPage;
};

} // namespace Kestrel::Test

#pragma once

#include <QString>

namespace Kestrel::Smtp {

// What SmtpClient::open() signs in with. Passed in for one call and never kept by the client after the
// AUTH exchange (RFC 4954) ends; never written to the protocol log.
struct SmtpCredentials {
    enum class Kind {
        None,        // no AUTH (a relay that does not ask for it)
        Password,    // SCRAM-SHA-256, PLAIN or LOGIN, whichever the server offers (in that order)
        OAuth2Token, // OAUTHBEARER (RFC 7628) or XOAUTH2, with an access token as `secret`
    };

    Kind kind = Kind::None;
    QString user;
    QString secret;

    static SmtpCredentials password(const QString &user, const QString &password)
    {
        return {Kind::Password, user, password};
    }
    static SmtpCredentials oauth2(const QString &user, const QString &accessToken)
    {
        return {Kind::OAuth2Token, user, accessToken};
    }
};

} // namespace Kestrel::Smtp

#pragma once

#include "net/SaslPrep.h"

#include <QByteArray>
#include <QString>

namespace Kestrel {

// The one client message of the bearer-token SASL mechanisms, shared by IMAP's AUTHENTICATE and
// SMTP's AUTH: OAUTHBEARER (RFC 7628 section 3.1) or Google's and Microsoft's XOAUTH2. The result
// holds the token: send it, never log it. Header-only so that it needs no line in net/'s file list.
enum class OAuthSaslVariant { OAuthBearer, XOAuth2 };

inline QByteArray oauthSaslMessage(OAuthSaslVariant variant, const QString &user, const QString &token,
                                   const QString &host = {}, quint16 port = 0)
{
    const QByteArray bearer = "auth=Bearer " + token.toUtf8();
    if (variant == OAuthSaslVariant::XOAuth2)
        return "user=" + user.toUtf8() + '\x01' + bearer + "\x01\x01";
    // gs2-header "n,a=<saslname>," then kvpairs separated by %x01; host and port are optional.
    QByteArray message = "n,a=" + SaslPrep::escapeSaslName(user).toUtf8() + ",\x01";
    if (!host.isEmpty())
        message += "host=" + host.toUtf8() + '\x01' + "port=" + QByteArray::number(port) + '\x01';
    return message + bearer + "\x01\x01";
}

} // namespace Kestrel

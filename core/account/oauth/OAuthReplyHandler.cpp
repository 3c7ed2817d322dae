#include "account/oauth/OAuthReplyHandler.h"

namespace Kestrel {

// Port 0: any free port; the redirect URI names it (RFC 8252 7.3 lets native apps choose it per request).
OAuthReplyHandler::OAuthReplyHandler(QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, parent)
{
}

void OAuthReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    emit tokenReplyFinished(reply);
}

} // namespace Kestrel

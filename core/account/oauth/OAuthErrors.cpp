#include "account/oauth/OAuthErrors.h"

namespace Kestrel {
namespace {

QString joined(const QString &error, const QString &description)
{
    return description.isEmpty() ? error : error + QStringLiteral(": ") + description;
}

} // namespace

Error OAuthErrors::signInAgain(const QString &provider, const QString &detail)
{
    return Error::make(Error::Code::Authentication,
                       tr("The sign-in with %1 has expired or was withdrawn. Please sign in again.").arg(provider),
                       detail);
}

Error OAuthErrors::noProvider(const QString &accountName)
{
    return Error::make(Error::Code::Authentication,
                       tr("The account %1 is set to sign in with OAuth2, but has no provider set up.").arg(accountName),
                       QStringLiteral("AccountSettings::oauth lacks endpoints or a client id"));
}

Error OAuthErrors::tokenRefused(const QString &provider, const QString &error, const QString &description)
{
    return Error::make(Error::Code::Server, tr("%1 refused to issue a token: %2").arg(provider, joined(error, description)),
                       QStringLiteral("token endpoint error ") + error);
}

Error OAuthErrors::unreachable(const QString &provider, const QString &detail)
{
    return Error::make(Error::Code::Network, tr("Kestrel could not reach %1 to sign in.").arg(provider), detail);
}

Error OAuthErrors::badTokenResponse(const QString &provider)
{
    return Error::make(Error::Code::Protocol, tr("%1 answered the sign-in with something Kestrel cannot use.").arg(provider),
                       QStringLiteral("token response without access_token"));
}

Error OAuthErrors::authorizationDenied(const QString &provider, const QString &error, const QString &description)
{
    return Error::make(Error::Code::Authentication, tr("%1 did not grant access: %2").arg(provider, joined(error, description)),
                       QStringLiteral("authorization error ") + error);
}

Error OAuthErrors::cannotListen(const QString &detail)
{
    return Error::make(Error::Code::Network, tr("Kestrel could not wait for the browser's answer on this computer."),
                       detail);
}

Error OAuthErrors::timedOut(const QString &provider, int seconds)
{
    return Error::make(Error::Code::Cancelled, tr("The sign-in with %1 did not finish in time.").arg(provider),
                       QStringLiteral("no answer from the browser within %1 s").arg(seconds));
}

} // namespace Kestrel

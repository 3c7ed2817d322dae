#pragma once

#include "common/Error.h"

#include <QCoreApplication>

namespace Kestrel {

// Every user-visible message of the OAuth2 sign-in, in one place for translators. `provider` is the
// host of the provider's endpoint ("accounts.google.com"), so people know who said no.
class OAuthErrors
{
    Q_DECLARE_TR_FUNCTIONS(OAuthErrors)
public:
    // The refresh token is missing, expired or withdrawn (RFC 6749 5.2 invalid_grant): only the
    // browser can help now.
    static Error signInAgain(const QString &provider, const QString &detail);
    static Error noProvider(const QString &accountName);
    static Error tokenRefused(const QString &provider, const QString &error, const QString &description);
    static Error unreachable(const QString &provider, const QString &detail);
    static Error badTokenResponse(const QString &provider);
    static Error authorizationDenied(const QString &provider, const QString &error, const QString &description);
    static Error cannotListen(const QString &detail);
    static Error timedOut(const QString &provider, int seconds);
};

} // namespace Kestrel

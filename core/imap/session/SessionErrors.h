#pragma once

#include "common/Error.h"
#include "imap/parser/StatusResponse.h"

#include <QCoreApplication>

namespace Kestrel::Imap {

// Every user-visible message of the IMAP session, in one place for translators. Each names the
// server; `detail` carries what was sent (redacted) and what the server answered.
class SessionErrors
{
    Q_DECLARE_TR_FUNCTIONS(SessionErrors)
public:
    // A tagged NO or BAD (RFC 3501 7.1.2 / 7.1.3): quotes the server's text.
    static Error refused(const QString &server, const QByteArray &command, const TaggedStatus &status,
                         const QByteArray &sent, const QByteArray &received);
    // NO to LOGIN/AUTHENTICATE (RFC 3501 6.2.2 / 6.2.3, RFC 5530 AUTHENTICATIONFAILED).
    static Error authenticationFailed(const QString &server, const TaggedStatus &status, const QByteArray &received);
    static Error noLoginMethod(const QString &server, const QByteArray &capabilities);
    static Error loginDisabled(const QString &server);
    static Error serverSignatureMismatch(const QString &server);
    static Error bye(const QString &server, const QByteArray &text);
    static Error timeout(const QString &server, int seconds);
    static Error protocol(const QString &server, const QString &detail);
    static Error notSupported(const QString &server, const QByteArray &capability);
    static Error wrongState(const QString &server, const QByteArray &command);
    static Error notConnected(const QString &server);
    static Error cancelled(const QString &server);
};

} // namespace Kestrel::Imap

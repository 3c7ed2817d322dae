#pragma once

#include "common/Error.h"
#include "smtp/SmtpParseError.h"
#include "smtp/SmtpReply.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kestrel::Smtp {

// Every user-visible SMTP error message in one place (one translation context). Each names the server
// ("host:port"), what was tried and, when the server said something, its reply.
class SmtpErrors
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Smtp::SmtpErrors)
public:
    // Connection and TLS
    static Error noGreeting(const QString &server, int timeoutMs);
    static Error noReply(const QString &server, const QString &command, int timeoutMs);
    static Error cannotConnect(const QString &server, const QString &reason);
    static Error connectionClosed(const QString &server, const QString &during);
    static Error untrustedCertificate(const QString &server, const QString &detail);
    static Error tlsFailed(const QString &server, const QString &detail);
    static Error startTlsUnavailable(const QString &server, const QString &detail);
    static Error startTlsInjection(const QString &server);
    static Error unreadableReply(const QString &server, const SmtpParseError &error);
    static Error notConnected(const QString &server);
    // Server replies
    static Error greetingRefused(const QString &server, const SmtpReply &reply);
    static Error rejected(const QString &server, const QString &command, const SmtpReply &reply);
    static Error authenticationFailed(const QString &server, const QByteArray &mechanism, const SmtpReply &reply);
    static Error noAuthMechanism(const QString &server, const QByteArrayList &offered);
    static Error serverNotVerified(const QString &server, const QByteArray &mechanism, const QString &detail);
    // The message and its envelope
    static Error messageTooLarge(const QString &server, qint64 size, qint64 limit);
    static Error extensionMissing(const QString &server, const QString &extension);
    static Error invalidAddress(const QString &address);
    static Error allRecipientsRejected(const QString &server, const QStringList &rejections);
};

} // namespace Kestrel::Smtp

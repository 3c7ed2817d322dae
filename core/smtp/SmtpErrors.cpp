#include "smtp/SmtpErrors.h"

#include <QLocale>

namespace Kestrel::Smtp {
Error SmtpErrors::noGreeting(const QString &server, int timeoutMs)
{
    return Error::make(Error::Code::Network, tr("%1 did not answer in time.").arg(server),
                       QStringLiteral("no greeting within %1 ms").arg(timeoutMs));
}

Error SmtpErrors::noReply(const QString &server, const QString &command, int timeoutMs)
{
    return Error::make(Error::Code::Network, tr("%1 did not reply to %2 in time.").arg(server, command),
                       QStringLiteral("no reply to %1 within %2 ms").arg(command).arg(timeoutMs));
}

Error SmtpErrors::cannotConnect(const QString &server, const QString &reason)
{
    return Error::make(Error::Code::Network, tr("Cannot connect to %1: %2").arg(server, reason), reason);
}

Error SmtpErrors::connectionClosed(const QString &server, const QString &during)
{
    return Error::make(Error::Code::Network, tr("%1 closed the connection.").arg(server),
                       during.isEmpty() ? QString() : QStringLiteral("while waiting for the reply to ") + during);
}

Error SmtpErrors::untrustedCertificate(const QString &server, const QString &detail)
{
    return Error::make(Error::Code::Tls, tr("The certificate of %1 is not trusted.").arg(server), detail);
}

Error SmtpErrors::tlsFailed(const QString &server, const QString &detail)
{
    return Error::make(Error::Code::Tls, tr("A secure connection to %1 could not be established.").arg(server),
                       detail);
}

Error SmtpErrors::startTlsUnavailable(const QString &server, const QString &detail)
{
    return Error::make(Error::Code::Tls, tr("%1 does not offer a secure connection (STARTTLS).").arg(server),
                       detail);
}

Error SmtpErrors::startTlsInjection(const QString &server)
{
    // RFC 3207 section 6 and CVE-2011-0411: bytes sent before the handshake must not be trusted.
    return Error::make(Error::Code::Tls,
                       tr("%1 sent unexpected data while starting a secure connection.").arg(server),
                       QStringLiteral("bytes after the 220 reply to STARTTLS"));
}

Error SmtpErrors::unreadableReply(const QString &server, const SmtpParseError &error)
{
    return Error::make(Error::Code::Protocol, tr("%1 sent a reply that cannot be read.").arg(server),
                       error.toString());
}

Error SmtpErrors::notConnected(const QString &server)
{
    return Error::make(Error::Code::Network, tr("Not connected to %1.").arg(server));
}

Error SmtpErrors::greetingRefused(const QString &server, const SmtpReply &reply)
{
    return Error::make(Error::Code::Server, tr("%1 refused the connection: %2").arg(server, reply.toString()),
                       QStringLiteral("greeting: ") + reply.toString());
}

Error SmtpErrors::rejected(const QString &server, const QString &command, const SmtpReply &reply)
{
    return Error::make(Error::Code::Server, tr("%1 rejected %2: %3").arg(server, command, reply.toString()),
                       command + QStringLiteral(" -> ") + reply.toString());
}

Error SmtpErrors::authenticationFailed(const QString &server, const QByteArray &mechanism, const SmtpReply &reply)
{
    const QString how = QStringLiteral("AUTH ") + QString::fromLatin1(mechanism);
    return Error::make(Error::Code::Authentication,
                       tr("%1 did not accept the user name or password (%2): %3").arg(server, how, reply.toString()),
                       how + QStringLiteral(" -> ") + reply.toString());
}

Error SmtpErrors::noAuthMechanism(const QString &server, const QByteArrayList &offered)
{
    const QString list = offered.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(offered.join(' '));
    return Error::make(Error::Code::Authentication,
                       tr("%1 offers no sign-in method that Kestrel supports (it offers: %2).").arg(server, list),
                       QStringLiteral("AUTH mechanisms: ") + list);
}

Error SmtpErrors::serverNotVerified(const QString &server, const QByteArray &mechanism, const QString &detail)
{
    return Error::make(Error::Code::Authentication,
                       tr("%1 could not prove that it knows the password (%2).")
                           .arg(server, QString::fromLatin1(mechanism)),
                       detail);
}

Error SmtpErrors::messageTooLarge(const QString &server, qint64 size, qint64 limit)
{
    const QLocale locale;
    // RFC 1870 section 6: the client should not send a message larger than the advertised SIZE.
    return Error::make(Error::Code::Server,
                       tr("The message is %1 bytes, but %2 accepts at most %3 bytes.")
                           .arg(locale.toString(size), server, locale.toString(limit)),
                       QStringLiteral("SIZE %1 < %2").arg(limit).arg(size));
}

Error SmtpErrors::extensionMissing(const QString &server, const QString &extension)
{
    return Error::make(Error::Code::Server,
                       tr("%1 does not support %2, which this message needs.").arg(server, extension),
                       QStringLiteral("EHLO lacks ") + extension);
}

Error SmtpErrors::invalidAddress(const QString &address)
{
    return Error::make(Error::Code::Protocol, tr("The address \"%1\" cannot be used for sending.").arg(address));
}

Error SmtpErrors::allRecipientsRejected(const QString &server, const QStringList &rejections)
{
    const QString list = rejections.join(QStringLiteral("; "));
    return Error::make(Error::Code::Server, tr("%1 rejected every recipient: %2").arg(server, list),
                       QStringLiteral("RCPT TO -> ") + list);
}

} // namespace Kestrel::Smtp

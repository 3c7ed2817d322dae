#include "imap/session/SessionErrors.h"

namespace Kestrel::Imap {
namespace {

QString quoted(const QByteArray &text)
{
    return QString::fromUtf8(text.trimmed());
}

QString conversation(const QByteArray &sent, const QByteArray &received)
{
    QString detail;
    if (!sent.isEmpty())
        detail += QStringLiteral("C: ") + quoted(sent);
    if (!received.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral(" / ")) + QStringLiteral("S: ") + quoted(received);
    return detail;
}

} // namespace

Error SessionErrors::refused(const QString &server, const QByteArray &command, const TaggedStatus &status,
                             const QByteArray &sent, const QByteArray &received)
{
    return Error::make(Error::Code::Server,
                       tr("%1 refused %2: %3").arg(server, QString::fromLatin1(command), quoted(status.text)),
                       conversation(sent, received));
}

Error SessionErrors::authenticationFailed(const QString &server, const TaggedStatus &status, const QByteArray &received)
{
    return Error::make(Error::Code::Authentication,
                       tr("%1 did not accept the user name or password: %2").arg(server, quoted(status.text)),
                       conversation({}, received));
}

Error SessionErrors::noLoginMethod(const QString &server, const QByteArray &capabilities)
{
    return Error::make(Error::Code::Authentication,
                       tr("%1 offers no way of logging in that Kestrel supports.").arg(server),
                       QStringLiteral("CAPABILITY ") + QString::fromLatin1(capabilities));
}

Error SessionErrors::loginDisabled(const QString &server)
{
    return Error::make(Error::Code::Authentication,
                       tr("%1 does not allow logging in over this connection.").arg(server),
                       QStringLiteral("LOGINDISABLED and no usable AUTHENTICATE mechanism"));
}

Error SessionErrors::serverSignatureMismatch(const QString &server)
{
    return Error::make(Error::Code::Authentication,
                       tr("%1 could not prove that it knows the password; the connection may be intercepted.")
                           .arg(server),
                       QStringLiteral("SCRAM-SHA-256 server signature mismatch (RFC 5802 3)"));
}

Error SessionErrors::bye(const QString &server, const QByteArray &text)
{
    return Error::make(Error::Code::Network, tr("%1 closed the connection: %2").arg(server, quoted(text)),
                       conversation({}, QByteArrayLiteral("* BYE ") + text));
}

Error SessionErrors::timeout(const QString &server, int seconds)
{
    return Error::make(Error::Code::Network, tr("%1 stopped answering.").arg(server),
                       QStringLiteral("no response for %1 s").arg(seconds));
}

Error SessionErrors::protocol(const QString &server, const QString &detail)
{
    return Error::make(Error::Code::Protocol, tr("%1 sent a response that Kestrel cannot understand.").arg(server),
                       detail);
}

Error SessionErrors::notSupported(const QString &server, const QByteArray &capability)
{
    return Error::make(Error::Code::Server, tr("%1 does not support %2.").arg(server, QString::fromLatin1(capability)),
                       QStringLiteral("capability %1 not advertised").arg(QString::fromLatin1(capability)));
}

Error SessionErrors::wrongState(const QString &server, const QByteArray &command)
{
    return Error::make(Error::Code::Protocol,
                       tr("%1 cannot be sent to %2 at this point of the connection.")
                           .arg(QString::fromLatin1(command), server));
}

Error SessionErrors::notConnected(const QString &server)
{
    return Error::make(Error::Code::Network, tr("Not connected to %1.").arg(server));
}

Error SessionErrors::cancelled(const QString &server)
{
    return Error::make(Error::Code::Cancelled,
                       tr("The connection to %1 was closed before the command finished.").arg(server));
}

} // namespace Kestrel::Imap

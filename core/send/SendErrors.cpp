#include "send/SendErrors.h"

#include <QRegularExpression>

namespace Kestrel::Send {

Error SendErrors::noSender()
{
    return Error::make(Error::Code::Protocol, tr("The message has no sender address."));
}

Error SendErrors::noRecipients()
{
    return Error::make(Error::Code::Protocol, tr("Add at least one recipient in To, Cc or Bcc."));
}

Error SendErrors::badAddress(const QString &address)
{
    return Error::make(Error::Code::Protocol, tr("\"%1\" is not a valid email address.").arg(address));
}

Error SendErrors::noSmtpServer(const QString &account)
{
    return Error::make(Error::Code::Protocol, tr("The account \"%1\" has no outgoing (SMTP) server.").arg(account));
}

Error SendErrors::someRecipientsRefused(const QStringList &refusals)
{
    return Error::make(Error::Code::Server,
                       tr("The message was sent, but not to: %1").arg(refusals.join(QStringLiteral("; "))),
                       QStringLiteral("RCPT TO -> ") + refusals.join(QStringLiteral("; ")));
}

QString SendErrors::deliveryNotConfirmed()
{
    return tr("Kestrel stopped while the server was receiving this message, so it is not known whether the "
              "server accepted it. It was not sent again, to avoid a duplicate; check with a recipient.");
}

Error SendErrors::noSentFolder(const QString &account)
{
    return Error::make(Error::Code::Server,
                       tr("The account \"%1\" has no Sent folder, so no copy of the sent message was kept.").arg(account));
}

bool SendErrors::isTemporary(const Error &error)
{
    if (error.code == Error::Code::Network)
        return true;
    if (error.code != Error::Code::Server)
        return false;
    // "MAIL FROM -> 451 ..." for one command; "RCPT TO -> a@b (450 ...); c@d (450 ...)" when every
    // recipient was refused: temporary only when no reply in it is a 5xx.
    static const QRegularExpression transient(QStringLiteral("(-> |\\()4\\d\\d"));
    static const QRegularExpression permanent(QStringLiteral("(-> |\\()5\\d\\d"));
    return error.detail.contains(transient) && !error.detail.contains(permanent);
}

QDateTime SendErrors::nextAttempt(int attempts, const QDateTime &now)
{
    const int minutes = attempts <= 0 ? 1 : std::min(60, 1 << std::min(attempts - 1, 6));
    return now.addSecs(60 * minutes);
}

} // namespace Kestrel::Send

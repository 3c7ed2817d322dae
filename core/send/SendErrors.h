#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Kestrel::Send {

// What the outbox tells the user, in one translation context, and how it judges a failed try.
class SendErrors
{
    Q_DECLARE_TR_FUNCTIONS(Kestrel::Send::SendErrors)
public:
    // The composer's input
    static Error noSender();
    static Error noRecipients();
    static Error badAddress(const QString &address);
    static Error noSmtpServer(const QString &account);
    // Outcomes
    static Error someRecipientsRefused(const QStringList &refusals);
    static QString deliveryNotConfirmed();
    static Error noSentFolder(const QString &account);

    // Worth trying again by itself: the network (not reachable, dropped), or a 4xx reply (RFC 5321
    // section 4.2.1: "transient negative completion") — SmtpErrors puts the reply after " -> " (or, per
    // refused recipient, in brackets) in the detail. Everything else (5xx, a refused password, an untrusted certificate, SIZE) waits for the user.
    static bool isTemporary(const Error &error);
    // When to try again after `attempts` failed tries: 1, 2, 4, ... minutes, at most an hour.
    static QDateTime nextAttempt(int attempts, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Kestrel::Send

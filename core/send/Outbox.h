#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/OutgoingMessage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QThread;

namespace Kestrel {

class CredentialStore;
class OAuthTokenSource;

namespace Send {

class OutboxWorker;

// The outbox for the GUI: every call returns at once; checking, building (KMime), storing and sending
// run on the outbox's own thread with its own cache connection, so the GUI thread never waits on the
// disk or the network. Passwords are read from the keychain on the caller's thread and handed over.
//
// submit(): the message is checked (From, at least one recipient, addresses that SMTP can carry), built
// and stored in the outbox in ONE transaction before any network work, then sent at once. Offline or
// after a temporary failure (4xx, connection lost) it stays queued and is retried with back-off;
// refused for good it stays in the outbox as Failed with the server's reason until retry() or remove().
// After SMTP accepts it, it is appended once to the account's Sent folder with \Seen (not when the
// server files sent mail itself, nor when a copy with its Message-ID is already there) and the original
// gets \Answered / $Forwarded through the offline action queue.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(QString cachePath, CredentialStore &credentials, QObject *parent = nullptr);
    ~Outbox() override; // stops and joins the outbox thread; what is queued stays for next time

    // Returns a ticket that submitted() / submitFailed() repeat.
    quint64 submit(const AccountSettings &account, const OutgoingMessage &message);
    // Sends what waits for the account (queued messages whose back-off is over, Sent copies not filed).
    void flush(const AccountSettings &account);
    // Failed or waiting → sent now.
    void retry(const AccountSettings &account, qint64 outboxId);
    void remove(qint64 outboxId);

signals:
    // Stored in the outbox: from here on nothing is lost, whatever happens.
    void submitted(quint64 ticket, qint64 outboxId);
    // Not stored (bad input or the disk refused): the composer should stay open with the user's text.
    void submitFailed(quint64 ticket, const Kestrel::Error &error);
    void progress(qint64 outboxId, qint64 bytesSent, qint64 bytesTotal);
    // The SMTP server accepted the message. `refused`: "address: server reply" for each recipient the
    // server refused while accepting the others (the message stays in the outbox for those).
    void delivered(qint64 outboxId, const QStringList &refused);
    // Everything done: the Sent copy is there and the message left the outbox.
    void completed(qint64 outboxId);
    // A try failed. `retryAt` valid: temporary, tried again then; invalid: waits for the user.
    // outboxId 0: the account as a whole (e.g. no password in the keychain; nothing was tried).
    void failed(qint64 outboxId, const Kestrel::Error &error, const QDateTime &retryAt);
    // Something the user should know that is not a failure (e.g. delivery not confirmed after a crash).
    void noted(qint64 outboxId, const QString &note);
    // The account's outbox changed: re-read it (OutboxStore::list on a read-only connection).
    void changed(const QString &accountId);

private:
    void withPassword(const AccountSettings &account, std::function<void(const QString &)> use,
                      std::function<void(const Error &)> failedToRead);

    CredentialStore &m_credentials;
    OAuthTokenSource *m_oauth; // OAuth2 accounts' tokens, offered to AccountSend through OAuthTokenBroker
    QHash<QString, AccountSettings> m_accounts; // as last given, for the back-off's own flushes
    QThread *m_thread = nullptr;
    OutboxWorker *m_worker = nullptr;
    quint64 m_nextTicket = 1;
};

} // namespace Send
} // namespace Kestrel

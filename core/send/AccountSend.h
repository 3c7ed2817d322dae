#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "send/OutboxEntry.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Kestrel {
class Database;
namespace Smtp {
struct SmtpCredentials;
}
namespace Sync {
class ReplayLock;
}
}

namespace Kestrel::Send {

class SentFiler;
class SmtpDelivery;

// What one run did, for the caller's summary.
struct SendReport {
    int delivered = 0;  // accepted by the SMTP server in this run
    int completed = 0;  // filed in Sent and out of the outbox
    int failed = 0;     // tries that failed (waiting for a retry or for the user)
    int waiting = 0;    // left in the outbox afterwards
    std::optional<Error> sentError; // the Sent step could not run (the messages are filed next time)
    bool sendingElsewhere = false;  // another process is sending this account's outbox: nothing done here
};

// Drains one account's outbox: first what a crash left behind (OutboxEntry.h: "sending" is sent again,
// "data-committed" is not — it counts as delivered, with a note), then SMTP for every queued message
// whose back-off is over (SmtpDelivery), then the Sent copy and the original's flag for every delivered
// one (SentFiler). Only one process at a time sends an account's outbox (a lock file beside the cache,
// taken over when its owner died): the GUI and a kestrel-cli beside it would otherwise both pick up the
// same queued message. Runs on the thread that owns `db`; ends with finished() exactly once.
class AccountSend : public QObject
{
    Q_OBJECT
public:
    AccountSend(AccountSettings account, QString password, Database &db, QObject *parent = nullptr);
    ~AccountSend() override;

    // `onlyId`: just this message (and what a crash left), e.g. the one the user asked to retry; 0: all due.
    void start(qint64 onlyId = 0);

signals:
    void progress(qint64 outboxId, qint64 bytesSent, qint64 bytesTotal);
    void delivered(qint64 outboxId, const QStringList &refused);
    void completed(qint64 outboxId);
    void failed(qint64 outboxId, const Kestrel::Error &error, const QDateTime &retryAt);
    void noted(qint64 outboxId, const QString &note);
    void finished(const Kestrel::Send::SendReport &report);

private:
    std::optional<Error> recover();
    void deliver(qint64 onlyId);
    void deliverWithToken(const QList<OutboxEntry> &due, bool refreshed);
    void deliverWith(const Smtp::SmtpCredentials &credentials, const QList<OutboxEntry> &due,
                     bool retryIfLoginRefused = false);
    void failAll(const QList<OutboxEntry> &due, const Error &error, const QDateTime &retryAt);
    void file();
    void finish(const std::optional<Error> &storageError = std::nullopt);

    AccountSettings m_account;
    QString m_password;
    Database &m_db;
    SendReport m_report;
    QPointer<SmtpDelivery> m_delivery;
    QPointer<SentFiler> m_filer;
    std::unique_ptr<Sync::ReplayLock> m_lock;
    bool m_finished = false;
};

} // namespace Kestrel::Send

Q_DECLARE_METATYPE(Kestrel::Send::SendReport)

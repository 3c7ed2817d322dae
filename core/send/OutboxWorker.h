#pragma once

#include "account/AccountSettings.h"
#include "cache/Database.h"
#include "common/Error.h"
#include "common/OutgoingMessage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

namespace Kestrel::Send {

class AccountSend;

// The outbox's side of its thread (see Outbox): owns that thread's cache connection, stores submitted
// messages and runs one AccountSend per account at a time (a flush asked for meanwhile runs right
// after). When messages wait for a back-off, retryDue() says when to flush again. Call only through
// queued invocations.
class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    explicit OutboxWorker(QString cachePath);
    ~OutboxWorker() override;

    void submit(quint64 ticket, const Kestrel::AccountSettings &account, const QString &password,
                const Kestrel::OutgoingMessage &message);
    void flush(const Kestrel::AccountSettings &account, const QString &password, qint64 onlyId);
    void retry(const Kestrel::AccountSettings &account, const QString &password, qint64 outboxId);
    void remove(qint64 outboxId);

signals:
    void submitted(quint64 ticket, qint64 outboxId);
    void submitFailed(quint64 ticket, const Kestrel::Error &error);
    void progress(qint64 outboxId, qint64 bytesSent, qint64 bytesTotal);
    void delivered(qint64 outboxId, const QStringList &refused);
    void completed(qint64 outboxId);
    void failed(qint64 outboxId, const Kestrel::Error &error, const QDateTime &retryAt);
    void noted(qint64 outboxId, const QString &note);
    void changed(const QString &accountId);
    // Messages of the account wait until `when`: flush it then (the password is read again for that).
    void retryDue(const QString &accountId, const QDateTime &when);

private:
    std::optional<Error> openDatabase();
    void finished(const AccountSettings &account);
    void scheduleRetry(const QString &accountId);

    QString m_cachePath;
    Database m_database;
    QHash<QString, AccountSend *> m_running;
    QHash<QString, QString> m_againPassword; // a flush asked for while one ran: its password, used once
    QHash<QString, AccountSettings> m_againAccount;
};

} // namespace Kestrel::Send

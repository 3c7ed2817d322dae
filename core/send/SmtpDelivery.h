#pragma once

#include "common/Error.h"
#include "send/OutboxEntry.h"
#include "smtp/SmtpClientSettings.h"
#include "smtp/SmtpCredentials.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Kestrel {
class Database;
namespace Smtp {
class SmtpClient;
struct SmtpSendResult;
}
}

namespace Kestrel::Send {

// Hands one account's queued messages to its SMTP server on one connection, one after the other, and
// persists every step in the outbox before it becomes irreversible (OutboxEntry.h has the states):
//   Sending before MAIL FROM; DataCommitted before the data's final "." (SmtpClient::committingData);
//   Delivered when the 250 arrives — with only the refused recipients left when the server refused some.
// A failure before the "." could have reached the server leaves the message queued with back-off
// (temporary) or Failed (for the user). A lost connection after every byte including the "." was
// written cannot tell whether the server took the message: like a crash at that point it is treated as
// delivered and noted (not sent again: a duplicate is worse than a missing confirmation).
// Runs on the thread that owns `db`; ends with finished() exactly once.
class SmtpDelivery : public QObject
{
    Q_OBJECT
public:
    SmtpDelivery(Smtp::SmtpClientSettings settings, Smtp::SmtpCredentials credentials, Database &db,
                 QList<OutboxEntry> entries, QObject *parent = nullptr);
    ~SmtpDelivery() override;

    void start();

    // An OAuth2 login gets one retry with a refreshed token (AccountSend): when the server refuses the
    // login, the messages are left as they are (not failed) and loginRefusal() says why.
    void keepMessagesIfLoginRefused() { m_keepIfLoginRefused = true; }
    const std::optional<Error> &loginRefusal() const { return m_loginRefusal; }

signals:
    void progress(qint64 outboxId, qint64 bytesSent, qint64 bytesTotal);
    void delivered(qint64 outboxId, const QStringList &refused);
    void failed(qint64 outboxId, const Kestrel::Error &error, const QDateTime &retryAt);
    void noted(qint64 outboxId, const QString &note);
    void finished();

private:
    void onOpened();
    void next();
    void onCommitting();
    void onUploadProgress(qint64 sent, qint64 total);
    void onSent(const Smtp::SmtpSendResult &result);
    void onFailed(const Error &error);
    void failEntry(const OutboxEntry &entry, const Error &error);
    void deliveredUnconfirmed(const OutboxEntry &entry);
    void report(const std::optional<Error> &storageError);
    void finish();

    Smtp::SmtpClient *m_client = nullptr;
    Smtp::SmtpCredentials m_credentials;
    Database &m_db;
    QList<OutboxEntry> m_pending;
    std::optional<OutboxEntry> m_current;
    bool m_committed = false;      // the current message's final "." may have been written
    bool m_allWritten = false;     // every byte of the current message's data left for the server
    bool m_finished = false;
    bool m_keepIfLoginRefused = false;
    std::optional<Error> m_loginRefusal;
};

} // namespace Kestrel::Send

#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "send/OutboxEntry.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

namespace Kestrel {
class Database;
namespace Imap {
class ImapSession;
}
namespace Sync {
class SessionLease;
}
}

namespace Kestrel::Send {

// The step after SMTP for messages the server accepted: one copy in the account's Sent folder, with
// \Seen. Skipped when the server files sent mail itself (Gmail's X-GM-EXT-1) and when a copy with the
// same Message-ID is already there (UID SEARCH HEADER Message-ID, RFC 9051 6.4.4) — which is what makes
// a crash between SMTP and APPEND, or between APPEND and recording it, harmless. Then the original's
// flag is queued (OriginFlag) and the message leaves the outbox — or, when some recipients were
// refused, stays in it as Failed for them. The Sent folder is the one LIST marks \Sent (RFC 6154), else
// one named "Sent". Runs on the thread that owns `db`; ends with finished() exactly once: with an error
// when the IMAP server could not be used (the messages stay Delivered and are filed next time).
class SentFiler : public QObject
{
    Q_OBJECT
public:
    SentFiler(AccountSettings account, QString password, Database &db, QList<OutboxEntry> entries,
              QObject *parent = nullptr);
    ~SentFiler() override;

    void start();

signals:
    void completed(qint64 outboxId);
    void failed(qint64 outboxId, const Kestrel::Error &error, const QDateTime &retryAt);
    void noted(qint64 outboxId, const QString &note);
    void finished(const std::optional<Kestrel::Error> &error);

private:
    void onSession(Imap::ImapSession *session, const std::optional<Error> &error);
    void findSentFolder();
    void examine(const QString &folder);
    void next();
    void append(const OutboxEntry &entry);
    void settle(const OutboxEntry &entry);
    void settleAll(const QString &note);
    void finish(const std::optional<Error> &error);

    AccountSettings m_account;
    Database &m_db;
    QList<OutboxEntry> m_pending;
    std::unique_ptr<Sync::SessionLease> m_lease;
    Imap::ImapSession *m_session = nullptr;
    QString m_sentFolder;
    bool m_finished = false;
};

} // namespace Kestrel::Send

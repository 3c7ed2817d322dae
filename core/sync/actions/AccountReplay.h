#pragma once

#include "account/AccountSettings.h"
#include "sync/actions/ActionReplayer.h"
#include "sync/actions/ReplayLock.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Kestrel {
class Database;
}

namespace Kestrel::Sync {

// Sends one account's queued offline actions: when the queue is empty it finishes without connecting;
// otherwise it connects, logs in, runs ActionReplayer and logs out. This is what "sync" calls before it
// synchronises, and what the CLI's flag / move / delete / replay commands call right after queuing.
// Runs on the thread that owns `database`. Holds the account's ReplayLock while it works; when another
// replay holds it, waits up to LockWaitMs (replays are short) and then reports replayedElsewhere.
class AccountReplay : public QObject
{
    Q_OBJECT
public:
    AccountReplay(AccountSettings account, QString password, Database &database, QObject *parent = nullptr);
    ~AccountReplay() override;

    static constexpr int LockWaitMs = 10000;

    void start();

signals:
    // Exactly once per start(). report.unreachable(): the server could not be reached; nothing was lost.
    void finished(const Kestrel::Sync::ReplayReport &report);

private:
    void waitForLock(int waitedMs);
    void connectToServer();
    void login();
    void replayed(const ReplayReport &report);
    void finish(const ReplayReport &report);
    void fail(const Error &error);

    AccountSettings m_account;
    QString m_password;
    Database &m_database;
    QPointer<Imap::ImapSession> m_session;
    QPointer<ActionReplayer> m_replayer;
    std::unique_ptr<ReplayLock> m_lock;
    bool m_finished = false;
};

} // namespace Kestrel::Sync

#pragma once

#include "cache/OfflineQueue.h"
#include "common/Error.h"
#include "sync/actions/MessageActionRun.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Kestrel {
class Database;
namespace Imap {
class ImapSession;
}
}

namespace Kestrel::Sync {

struct ReplayReport {
    int completed = 0;
    int dropped = 0;
    int remaining = 0;           // still queued when the replay ended
    QStringList notes;           // why actions (or some of their messages) were dropped, for the user
    std::optional<Error> error;  // why the replay stopped before the queue was empty
    bool replayedElsewhere = false; // another Kestrel process was sending this queue; nothing was done here

    // The server could not be reached or the connection dropped: try again when it is back.
    bool unreachable() const { return error && (error->code == Error::Code::Network || error->code == Error::Code::Cancelled); }
};

// Replays one account's offline queue on a logged-in session, strictly in order, one action at a
// time. Each action is completed (removed), dropped with a note (its message or folder is gone, or the
// server refused it MaxRefusals times), or failed (attempts + 1, last error kept, and it stays first in
// line); a failure ends the replay, so no later action overtakes it. Runs on the thread that owns
// `db` and `session`; the session is left logged in and is not closed.
class ActionReplayer : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRefusals = 3;

    ActionReplayer(Imap::ImapSession &session, Database &db, QString accountId, QObject *parent = nullptr);

    void start();

signals:
    // Exactly once per start().
    void finished(const Kestrel::Sync::ReplayReport &report);

private:
    void next();
    void runFolderOperation(const QueuedAction &action);
    void settle(const ActionOutcome &outcome);
    void rewriteStandIns(const QHash<quint32, quint32> &assigned);
    void finish(const std::optional<Error> &error);

    QPointer<Imap::ImapSession> m_session;
    Database &m_db;
    QString m_accountId;
    OfflineAction m_current;
    ReplayReport m_report;
    QPointer<MessageActionRun> m_run;
    bool m_finished = false;
};

} // namespace Kestrel::Sync

Q_DECLARE_METATYPE(Kestrel::Sync::ReplayReport)

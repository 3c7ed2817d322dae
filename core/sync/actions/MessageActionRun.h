#pragma once

#include "common/Error.h"
#include "imap/commands/CopyCommand.h"
#include "imap/commands/StoreCommand.h"
#include "sync/actions/ActionPayload.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Kestrel {
class Database;
namespace Imap {
class ImapSession;
}
}

namespace Kestrel::Sync {

// How one replayed action ended.
struct ActionOutcome {
    enum class Result { Done, Dropped, Failed };
    Result result = Result::Done;
    QString note;                    // Dropped: why, for the user (also set when only some messages were gone)
    std::optional<Error> error;      // Failed: what went wrong (the action stays first in the queue)
    QHash<quint32, quint32> assigned; // stand-in UID in the target -> the server's UID there (COPYUID)
};

// Replays one queued message action on a logged-in session: selects the folder (checking that
// UIDVALIDITY is still the one the action was taken under), asks which of the UIDs still exist, then
// stores flags, moves, copies or deletes those. Messages that vanished meanwhile are skipped with a
// note; when none is left the action is dropped. The cache follows: stand-in UIDs in a move's or copy's
// target become the server's (COPYUID, RFC 4315 3, or found by Message-ID), so nothing is fetched again.
// Ends exactly once.
class MessageActionRun : public QObject
{
    Q_OBJECT
public:
    MessageActionRun(Imap::ImapSession &session, Database &db, QString accountId, QueuedAction action,
                     QObject *parent = nullptr);

    void start(std::function<void(const ActionOutcome &)> done);

private:
    void select();
    void findExisting();
    void act();
    void storeFlags();
    void store(Imap::StoreCommand::Mode mode, const QStringList &flags, const Imap::SequenceSet &uids,
               bool conditional, std::function<void()> then);
    void relocate();
    void deleteHere();
    void relink(const Imap::CopyResult &result);
    void applyAssigned(const QHash<quint32, quint32> &assigned);
    void finishDone();
    void drop(const QString &note);
    void fail(const Error &error);

    QString serverName() const;
    QString what() const; // "flag change", "move to "Archive"", ... for the notes

    QPointer<Imap::ImapSession> m_session;
    Database &m_db;
    QString m_accountId;
    QueuedAction m_action;
    QList<quint32> m_present;     // the action's UIDs that still exist on the server
    QString m_missingNote;
    bool m_checked = false;       // the existence check ran: m_present is what the server has
    ActionOutcome m_outcome;
    std::function<void(const ActionOutcome &)> m_done;
};

} // namespace Kestrel::Sync

#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Kestrel {

class Database;

// One action the user took while its server was unreachable.
struct OfflineAction {
    qint64 id = 0;       // increasing: the replay order
    QString accountId;
    QString kind;        // chosen by the sync engine: "flags", "move", "delete", "create-folder", "send", ...
    QByteArray payload;  // the action's parameters, JSON by convention (UIDs, target folder, ...)
    QDateTime created;
    int attempts = 0;    // failed replays so far
    QString lastError;   // userMessage of the last failure, shown in the queue view; for a dropped
                         // action: the note that says why it was not done
};

// The persisted queue of offline actions: they survive restarts and replay per account in the order
// they were made. The replayer peeks the oldest actions, then completes (removes) or fails (counts and
// keeps) each; an action stays first in line until it is completed, so order is never broken.
//
// An action that can never be done (its message vanished on the server) is dropped: it leaves the
// line but stays in the table as a note for the user, its kind prefixed with DroppedPrefix and the
// reason in lastError. The schema is not touched for this (no new table): peek() and count() see only
// pending actions, dropped() the notes, of which the newest KeptDropped per account are kept.
class OfflineQueue
{
public:
    static constexpr char DroppedPrefix[] = "dropped:";
    static constexpr int KeptDropped = 50;

    explicit OfflineQueue(Database &db);

    std::optional<Error> enqueue(const QString &accountId, const QString &kind, const QByteArray &payload,
                                 qint64 &id);
    // The oldest `limit` actions of one account (of all accounts when accountId is empty), oldest first.
    std::optional<Error> peek(const QString &accountId, int limit, QList<OfflineAction> &actions) const;
    std::optional<Error> complete(qint64 id);
    std::optional<Error> fail(qint64 id, const QString &error);
    std::optional<Error> count(const QString &accountId, int &count) const;
    // Rewrites a pending action's parameters (e.g. a UID the server assigned to a moved message).
    std::optional<Error> updatePayload(qint64 id, const QByteArray &payload);
    // Takes the action out of the line and keeps it as a note: `note` says why it was not done.
    std::optional<Error> drop(qint64 id, const QString &note);
    // Dropped actions of one account (all when empty), oldest first; kind without the prefix.
    std::optional<Error> dropped(const QString &accountId, QList<OfflineAction> &actions) const;
    std::optional<Error> clearDropped(const QString &accountId);

private:
    std::optional<Error> select(const QString &where, const QVariantList &values, QList<OfflineAction> &actions) const;

    Database &m_db;
};

} // namespace Kestrel

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
    QString lastError;   // userMessage of the last failure, shown in the queue view
};

// The persisted queue of offline actions: they survive restarts and replay per account in the order
// they were made. The replayer peeks the oldest actions, then completes (removes) or fails (counts and
// keeps) each; an action stays first in line until it is completed, so order is never broken.
class OfflineQueue
{
public:
    explicit OfflineQueue(Database &db);

    std::optional<Error> enqueue(const QString &accountId, const QString &kind, const QByteArray &payload,
                                 qint64 &id);
    // The oldest `limit` actions of one account (of all accounts when accountId is empty), oldest first.
    std::optional<Error> peek(const QString &accountId, int limit, QList<OfflineAction> &actions) const;
    std::optional<Error> complete(qint64 id);
    std::optional<Error> fail(qint64 id, const QString &error);
    std::optional<Error> count(const QString &accountId, int &count) const;

private:
    Database &m_db;
};

} // namespace Kestrel

#pragma once

#include "common/Error.h"
#include "send/OutboxEntry.h"

#include <QList>

#include <optional>

namespace Kestrel {
class Database;
}

namespace Kestrel::Send {

// The outbox table of the cache (schema version 3). Every call is one statement or one transaction on
// the thread that owns `db` (see Database). Bytes, envelope and threading are stored together in one
// row by add(), so a message is either fully in the outbox or not at all.
class OutboxStore
{
public:
    explicit OutboxStore(Database &db);

    std::optional<Error> add(OutboxEntry &entry); // sets entry.id and created
    std::optional<Error> get(qint64 id, std::optional<OutboxEntry> &entry) const;
    // One account's messages (all accounts when empty), oldest first.
    std::optional<Error> list(const QString &accountId, QList<OutboxEntry> &entries) const;
    std::optional<Error> count(const QString &accountId, int &count) const;

    std::optional<Error> setState(qint64 id, OutboxState state);
    std::optional<Error> setNote(qint64 id, const QString &note);
    std::optional<Error> setFiled(qint64 id);
    // A failed try: attempts + 1, the error kept; Queued with `nextAttempt` (temporary) or Failed (when
    // nextAttempt is invalid).
    std::optional<Error> fail(qint64 id, const QString &error, const QDateTime &nextAttempt);
    // After a partial delivery: only `recipients` (the refused ones) are left to deliver to.
    std::optional<Error> keepRecipients(qint64 id, const QStringList &recipients);
    // The server took the message: Delivered. With refused recipients, only they are left to deliver to
    // and `refusal` is kept as the error the user sees once the Sent copy is made; else the error is cleared.
    std::optional<Error> markDelivered(qint64 id, const QStringList &refused = {}, const QString &refusal = {});
    // The user's "try again": Failed or waiting → Queued now (Delivered stays: only its Sent step is left).
    std::optional<Error> retry(qint64 id);
    std::optional<Error> remove(qint64 id);

private:
    std::optional<Error> update(qint64 id, const QString &assignments, const QVariantList &values);

    Database &m_db;
};

} // namespace Kestrel::Send

#include "send/OutboxStore.h"

#include "cache/Database.h"
#include "cache/Sql.h"
#include "cache/StorageError.h"

#include <QSqlQuery>

namespace Kestrel::Send {
namespace {

const QString Columns = QStringLiteral(
    "id, account_id, state, message_id, mail_from, recipients, message, subject, origin, origin_folder,"
    " origin_uid, created, attempts, next_attempt, last_error, note, filed");

// Recipients are stored as one text: addresses cannot contain U+001E.
const QChar Separator(0x1e);

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

OutboxEntry readRow(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.accountId = query.value(1).toString();
    entry.state = stateFromName(query.value(2).toString()).value_or(OutboxState::Failed);
    entry.messageId = query.value(3).toString().toLatin1();
    entry.mailFrom = query.value(4).toString();
    const QString recipients = query.value(5).toString();
    entry.recipients = recipients.isEmpty() ? QStringList() : recipients.split(Separator);
    entry.message = query.value(6).toByteArray();
    entry.subject = query.value(7).toString();
    entry.origin = static_cast<OutgoingMessage::Origin>(query.value(8).toInt());
    entry.originFolder = query.value(9).toString();
    entry.originUid = query.value(10).toUInt();
    entry.created = fromMs(query.value(11).toLongLong());
    entry.attempts = query.value(12).toInt();
    entry.nextAttempt = fromMs(query.value(13).toLongLong());
    entry.lastError = query.value(14).toString();
    entry.note = query.value(15).toString();
    entry.filed = query.value(16).toBool();
    return entry;
}

} // namespace

OutboxStore::OutboxStore(Database &db)
    : m_db(db)
{
}

std::optional<Error> OutboxStore::add(OutboxEntry &entry)
{
    if (!entry.created.isValid())
        entry.created = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral(
            "INSERT INTO outbox (account_id, state, message_id, mail_from, recipients, message, subject, origin,"
            " origin_folder, origin_uid, created, attempts, next_attempt, last_error, note, filed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return error;
    const QVariantList values{Sql::text(entry.accountId), stateName(entry.state), QString::fromLatin1(entry.messageId),
                              Sql::text(entry.mailFrom), Sql::text(entry.recipients.join(Separator)), entry.message,
                              Sql::text(entry.subject), int(entry.origin), Sql::text(entry.originFolder),
                              entry.originUid, toMs(entry.created), entry.attempts, toMs(entry.nextAttempt),
                              Sql::text(entry.lastError), Sql::text(entry.note), entry.filed};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto error = Sql::exec(query))
        return error;
    entry.id = query.lastInsertId().toLongLong();
    return std::nullopt;
}

std::optional<Error> OutboxStore::get(qint64 id, std::optional<OutboxEntry> &entry) const
{
    entry.reset();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM outbox WHERE id = ?")))
        return error;
    query.addBindValue(id);
    if (auto error = Sql::exec(query))
        return error;
    if (query.next())
        entry = readRow(query);
    return std::nullopt;
}

std::optional<Error> OutboxStore::list(const QString &accountId, QList<OutboxEntry> &entries) const
{
    entries.clear();
    QSqlQuery query(m_db.connection());
    const QString where = accountId.isEmpty() ? QString() : QStringLiteral(" WHERE account_id = ?");
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM outbox") + where
                                             + QStringLiteral(" ORDER BY id")))
        return error;
    if (!accountId.isEmpty())
        query.addBindValue(accountId);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next())
        entries.append(readRow(query));
    return std::nullopt;
}

std::optional<Error> OutboxStore::count(const QString &accountId, int &count) const
{
    QVariant value;
    const bool all = accountId.isEmpty();
    auto error = Sql::scalar(m_db.connection(),
                             all ? QStringLiteral("SELECT count(*) FROM outbox")
                                 : QStringLiteral("SELECT count(*) FROM outbox WHERE account_id = ?"),
                             all ? QVariantList() : QVariantList{accountId}, value);
    count = value.toInt();
    return error;
}

std::optional<Error> OutboxStore::update(qint64 id, const QString &assignments, const QVariantList &values)
{
    return Sql::run(m_db.connection(), QStringLiteral("UPDATE outbox SET ") + assignments + QStringLiteral(" WHERE id = ?"),
                    values + QVariantList{id});
}

std::optional<Error> OutboxStore::setState(qint64 id, OutboxState state)
{
    return update(id, QStringLiteral("state = ?"), {stateName(state)});
}

std::optional<Error> OutboxStore::setNote(qint64 id, const QString &note)
{
    return update(id, QStringLiteral("note = ?"), {Sql::text(note)});
}

std::optional<Error> OutboxStore::setFiled(qint64 id)
{
    return update(id, QStringLiteral("filed = 1"), {});
}

std::optional<Error> OutboxStore::fail(qint64 id, const QString &error, const QDateTime &nextAttempt)
{
    const OutboxState state = nextAttempt.isValid() ? OutboxState::Queued : OutboxState::Failed;
    return update(id, QStringLiteral("state = ?, attempts = attempts + 1, last_error = ?, next_attempt = ?"),
                  {stateName(state), Sql::text(error), toMs(nextAttempt)});
}

std::optional<Error> OutboxStore::keepRecipients(qint64 id, const QStringList &recipients)
{
    return update(id, QStringLiteral("recipients = ?"), {Sql::text(recipients.join(Separator))});
}

std::optional<Error> OutboxStore::markDelivered(qint64 id, const QStringList &refused, const QString &refusal)
{
    if (refused.isEmpty())
        return update(id, QStringLiteral("state = ?, last_error = ''"), {stateName(OutboxState::Delivered)});
    return update(id, QStringLiteral("state = ?, recipients = ?, last_error = ?, attempts = attempts + 1"),
                  {stateName(OutboxState::Delivered), Sql::text(refused.join(Separator)), Sql::text(refusal)});
}

std::optional<Error> OutboxStore::retry(qint64 id)
{
    return Sql::run(m_db.connection(),
                    QStringLiteral("UPDATE outbox SET state = ?, next_attempt = 0 WHERE id = ? AND state IN (?, ?)"),
                    {stateName(OutboxState::Queued), id, stateName(OutboxState::Failed), stateName(OutboxState::Queued)});
}

std::optional<Error> OutboxStore::remove(qint64 id)
{
    return Sql::run(m_db.connection(), QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
}

} // namespace Kestrel::Send

#include "send/OutboxWorker.h"

#include "send/AccountSend.h"
#include "send/OutboxStore.h"
#include "send/OutboxSubmission.h"

namespace Kestrel::Send {

OutboxWorker::OutboxWorker(QString cachePath)
    : m_cachePath(std::move(cachePath))
{
}

OutboxWorker::~OutboxWorker()
{
    for (QString &password : m_againPassword)
        password.fill(QLatin1Char('\0'));
}

std::optional<Error> OutboxWorker::openDatabase()
{
    if (m_database.isOpen())
        return std::nullopt;
    return m_database.open(m_cachePath);
}

void OutboxWorker::submit(quint64 ticket, const AccountSettings &account, const QString &password,
                          const OutgoingMessage &message)
{
    qint64 id = 0;
    std::optional<Error> error = openDatabase();
    if (!error)
        error = OutboxSubmission::store(m_database, message, id);
    if (error) {
        emit submitFailed(ticket, *error);
        return;
    }
    emit submitted(ticket, id);
    emit changed(account.id);
    // Without a password (keychain failed) it waits for the next flush; OAuth2 accounts need none.
    if (!password.isEmpty() || account.authentication == AccountSettings::Authentication::OAuth2)
        flush(account, password, 0);
}

void OutboxWorker::flush(const AccountSettings &account, const QString &password, qint64 onlyId)
{
    if (m_running.contains(account.id)) {
        m_againAccount.insert(account.id, account);
        m_againPassword.insert(account.id, password);
        return;
    }
    if (auto error = openDatabase()) {
        emit failed(onlyId, *error, QDateTime());
        return;
    }
    auto *send = new AccountSend(account, password, m_database, this);
    m_running.insert(account.id, send);
    connect(send, &AccountSend::progress, this, &OutboxWorker::progress);
    connect(send, &AccountSend::delivered, this, &OutboxWorker::delivered);
    connect(send, &AccountSend::noted, this, &OutboxWorker::noted);
    connect(send, &AccountSend::completed, this, [this, id = account.id](qint64 outboxId) {
        emit completed(outboxId);
        emit changed(id);
    });
    connect(send, &AccountSend::failed, this, [this, id = account.id](qint64 outboxId, const Error &error, const QDateTime &at) {
        emit failed(outboxId, error, at);
        emit changed(id);
    });
    connect(send, &AccountSend::finished, this, [this, account] { finished(account); });
    send->start(onlyId);
}

void OutboxWorker::retry(const AccountSettings &account, const QString &password, qint64 outboxId)
{
    if (auto error = openDatabase(); error || (error = OutboxStore(m_database).retry(outboxId))) {
        emit failed(outboxId, *error, QDateTime());
        return;
    }
    emit changed(account.id);
    flush(account, password, outboxId);
}

void OutboxWorker::remove(qint64 outboxId)
{
    std::optional<OutboxEntry> entry;
    if (auto error = openDatabase(); error || (error = OutboxStore(m_database).get(outboxId, entry))
                                      || (error = OutboxStore(m_database).remove(outboxId))) {
        emit failed(outboxId, *error, QDateTime());
        return;
    }
    if (entry)
        emit changed(entry->accountId);
}

void OutboxWorker::finished(const AccountSettings &account)
{
    if (AccountSend *send = m_running.take(account.id))
        send->deleteLater();
    emit changed(account.id);
    if (m_againAccount.contains(account.id)) {
        const AccountSettings again = m_againAccount.take(account.id);
        QString password = m_againPassword.take(account.id);
        flush(again, password, 0);
        password.fill(QLatin1Char('\0'));
        return;
    }
    scheduleRetry(account.id);
}

void OutboxWorker::scheduleRetry(const QString &accountId)
{
    QList<OutboxEntry> entries;
    if (OutboxStore(m_database).list(accountId, entries))
        return;
    QDateTime earliest;
    for (const OutboxEntry &entry : std::as_const(entries)) {
        if (entry.state == OutboxState::Queued && entry.nextAttempt.isValid()
            && (!earliest.isValid() || entry.nextAttempt < earliest))
            earliest = entry.nextAttempt;
    }
    if (earliest.isValid())
        emit retryDue(accountId, earliest);
}

} // namespace Kestrel::Send

#include "send/SmtpDelivery.h"

#include "cache/Database.h"
#include "send/OutboxStore.h"
#include "send/SendErrors.h"
#include "smtp/SmtpClient.h"

#include <QLoggingCategory>

namespace Kestrel::Send {
namespace {

Q_LOGGING_CATEGORY(lcSend, "kestrel.send")

QStringList refusals(const Smtp::SmtpSendResult &result)
{
    QStringList list;
    for (const Smtp::SmtpRecipientResult &recipient : result.rejected())
        list.append(recipient.address + QStringLiteral(": ") + recipient.reply.toString());
    return list;
}

} // namespace

SmtpDelivery::SmtpDelivery(Smtp::SmtpClientSettings settings, Smtp::SmtpCredentials credentials, Database &db,
                           QList<OutboxEntry> entries, QObject *parent)
    : QObject(parent)
    , m_client(new Smtp::SmtpClient(std::move(settings), this))
    , m_credentials(std::move(credentials))
    , m_db(db)
    , m_pending(std::move(entries))
{
    connect(m_client, &Smtp::SmtpClient::opened, this, &SmtpDelivery::onOpened);
    connect(m_client, &Smtp::SmtpClient::sent, this, &SmtpDelivery::onSent);
    connect(m_client, &Smtp::SmtpClient::failed, this, &SmtpDelivery::onFailed);
    connect(m_client, &Smtp::SmtpClient::uploadProgress, this, &SmtpDelivery::onUploadProgress);
    // Direct: the state must be on disk before the client goes on to write the final ".".
    connect(m_client, &Smtp::SmtpClient::committingData, this, &SmtpDelivery::onCommitting, Qt::DirectConnection);
    connect(m_client, &Smtp::SmtpClient::closed, this, [this] {
        if (!m_current)
            finish();
    });
}

SmtpDelivery::~SmtpDelivery() = default;

void SmtpDelivery::start()
{
    if (m_pending.isEmpty()) {
        QMetaObject::invokeMethod(this, &SmtpDelivery::finish, Qt::QueuedConnection);
        return;
    }
    m_client->open(std::exchange(m_credentials, {}));
}

void SmtpDelivery::onOpened()
{
    next();
}

void SmtpDelivery::next()
{
    m_current.reset();
    if (m_pending.isEmpty()) {
        m_client->quit();
        return;
    }
    m_current = m_pending.takeFirst();
    m_committed = false;
    m_allWritten = false;
    // Persisted first: a crash from here to the "." leaves "sending", which a restart sends again.
    report(OutboxStore(m_db).setState(m_current->id, OutboxState::Sending));
    m_client->send({m_current->mailFrom, m_current->recipients}, m_current->message);
}

void SmtpDelivery::onCommitting()
{
    if (!m_current)
        return;
    m_committed = true;
    report(OutboxStore(m_db).setState(m_current->id, OutboxState::DataCommitted));
}

void SmtpDelivery::onUploadProgress(qint64 sent, qint64 total)
{
    m_allWritten = total > 0 && sent >= total;
    if (m_current)
        emit progress(m_current->id, sent, total);
}

void SmtpDelivery::onSent(const Smtp::SmtpSendResult &result)
{
    if (!m_current)
        return;
    const OutboxEntry entry = *m_current;
    const QStringList refused = refusals(result);
    // The others have it; only the refused recipients are left, and the reason stays for the user.
    QStringList left;
    for (const Smtp::SmtpRecipientResult &recipient : result.rejected())
        left.append(recipient.address);
    const std::optional<Error> error = OutboxStore(m_db).markDelivered(
        entry.id, left, refused.isEmpty() ? QString() : SendErrors::someRecipientsRefused(refused).userMessage);
    report(error);
    emit delivered(entry.id, refused);
    next();
}

void SmtpDelivery::onFailed(const Error &error)
{
    if (!m_current && m_keepIfLoginRefused && error.code == Error::Code::Authentication) {
        m_loginRefusal = error; // nothing was sent; the caller tries again with another token
        m_pending.clear();
        finish();
        return;
    }
    if (!m_current) {
        // Could not open: nothing was sent; every message waits (temporary) or is marked for the user.
        const QList<OutboxEntry> entries = std::exchange(m_pending, {});
        for (const OutboxEntry &entry : entries)
            failEntry(entry, error);
        finish();
        return;
    }
    const OutboxEntry entry = *m_current;
    const bool noAnswer = error.code == Error::Code::Network || error.code == Error::Code::Cancelled;
    if (m_committed && m_allWritten && noAnswer)
        deliveredUnconfirmed(entry);
    else
        failEntry(entry, error);
    if (m_client->state() == Smtp::SmtpClient::State::Ready) {
        next();
        return;
    }
    // The connection is gone: what is left waits for the next flush, untouched.
    m_current.reset();
    m_pending.clear();
    finish();
}

void SmtpDelivery::failEntry(const OutboxEntry &entry, const Error &error)
{
    const QDateTime retryAt = SendErrors::isTemporary(error) ? SendErrors::nextAttempt(entry.attempts + 1) : QDateTime();
    report(OutboxStore(m_db).fail(entry.id, error.userMessage, retryAt));
    emit failed(entry.id, error, retryAt);
}

void SmtpDelivery::deliveredUnconfirmed(const OutboxEntry &entry)
{
    OutboxStore store(m_db);
    report(store.setNote(entry.id, SendErrors::deliveryNotConfirmed()));
    report(store.markDelivered(entry.id));
    emit noted(entry.id, SendErrors::deliveryNotConfirmed());
    emit delivered(entry.id, {});
}

// A failed write of the outbox's own state: the message is still stored and the next run reads what
// is on disk; the log says what happened.
void SmtpDelivery::report(const std::optional<Error> &storageError)
{
    if (storageError)
        qCWarning(lcSend) << "outbox state not saved:" << storageError->toString();
}

void SmtpDelivery::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace Kestrel::Send

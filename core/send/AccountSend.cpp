#include "send/AccountSend.h"

#include "account/oauth/OAuthTokenBroker.h"
#include "cache/AccountStore.h"
#include "cache/Database.h"
#include "send/OutboxStore.h"
#include "send/SendErrors.h"
#include "send/SentFiler.h"
#include "send/SmtpDelivery.h"
#include "sync/actions/ReplayLock.h"

namespace Kestrel::Send {

AccountSend::AccountSend(AccountSettings account, QString password, Database &db, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_password(std::move(password))
    , m_db(db)
    // The replay's lock class under a key of its own ("send:"): the same guarantee for a different queue.
    , m_lock(std::make_unique<Sync::ReplayLock>(db.filePath(), QStringLiteral("send:") + m_account.id))
{
}

AccountSend::~AccountSend()
{
    m_password.fill(QLatin1Char('\0'));
}

void AccountSend::start(qint64 onlyId)
{
    if (!m_lock->tryLock()) {
        m_report.sendingElsewhere = true;
        return QMetaObject::invokeMethod(this, [this] { finish(); }, Qt::QueuedConnection), void();
    }
    if (auto error = recover())
        return QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection), void();
    deliver(onlyId);
}

// A previous run that crashed left its message in "sending" (the final "." was not written: sending it
// again cannot deliver it twice) or "data-committed" (the "." may have reached the server: it is not
// sent again, but goes on to the Sent step, whose Message-ID search keeps Sent at one copy, and the user
// is told that the delivery could not be confirmed).
std::optional<Error> AccountSend::recover()
{
    // The offline queue (the original's flag) belongs to a cached account: `send` may come before any sync.
    if (auto error = AccountStore(m_db).ensureAccount(m_account.id, m_account.displayName))
        return error;
    OutboxStore store(m_db);
    QList<OutboxEntry> entries;
    if (auto error = store.list(m_account.id, entries))
        return error;
    for (const OutboxEntry &entry : std::as_const(entries)) {
        if (entry.state != OutboxState::DataCommitted)
            continue;
        if (auto error = store.setNote(entry.id, SendErrors::deliveryNotConfirmed()))
            return error;
        if (auto error = store.markDelivered(entry.id))
            return error;
        emit noted(entry.id, SendErrors::deliveryNotConfirmed());
    }
    return std::nullopt;
}

void AccountSend::deliver(qint64 onlyId)
{
    QList<OutboxEntry> entries;
    if (auto error = OutboxStore(m_db).list(m_account.id, entries))
        return QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection), void();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<OutboxEntry> due;
    for (const OutboxEntry &entry : std::as_const(entries)) {
        const bool waiting = entry.state == OutboxState::Queued || entry.state == OutboxState::Sending;
        const bool chosen = onlyId == 0 ? (!entry.nextAttempt.isValid() || entry.nextAttempt <= now) : entry.id == onlyId;
        if (waiting && chosen)
            due.append(entry);
    }
    if (m_account.smtp.host.isEmpty() && !due.isEmpty()) {
        // Nothing to connect to: each message waits for the user to set up the server, then retry.
        failAll(due, SendErrors::noSmtpServer(m_account.displayName), QDateTime());
        due.clear();
    }
    if (m_account.authentication != AccountSettings::Authentication::OAuth2 || due.isEmpty())
        return deliverWith(Smtp::SmtpCredentials::password(m_account.userName, m_password), due);
    deliverWithToken(due, false);
}

// XOAUTH2 / OAUTHBEARER with a token fetched now (refreshed when it is about to expire): a message sent
// hours after the outbox started must not carry the token of the first one. A token the server refuses
// although it looked fresh (revoked early, clock skew) is refreshed once and the login tried again.
void AccountSend::deliverWithToken(const QList<OutboxEntry> &due, bool refreshed)
{
    OAuthTokenBroker::fetch(m_account, refreshed, this,
                            [this, due, refreshed](std::optional<QString> token, std::optional<Error> error) {
        if (!token) {
            const Error reason = error.value_or(Error::make(Error::Code::Authentication, QString()));
            failAll(due, reason, SendErrors::isTemporary(reason) ? SendErrors::nextAttempt(1) : QDateTime());
            return deliverWith(Smtp::SmtpCredentials::oauth2(m_account.userName, QString()), {});
        }
        deliverWith(Smtp::SmtpCredentials::oauth2(m_account.userName, *token), due, !refreshed);
    });
}

void AccountSend::failAll(const QList<OutboxEntry> &due, const Error &error, const QDateTime &retryAt)
{
    for (const OutboxEntry &entry : due) {
        OutboxStore(m_db).fail(entry.id, error.userMessage, retryAt);
        ++m_report.failed;
        emit failed(entry.id, error, retryAt);
    }
}

void AccountSend::deliverWith(const Smtp::SmtpCredentials &credentials, const QList<OutboxEntry> &due,
                              bool retryIfLoginRefused)
{
    Smtp::SmtpClientSettings settings;
    settings.endpoint = m_account.smtp;
    settings.pinnedCertificates = m_account.trustedCertificates;
    m_delivery = new SmtpDelivery(settings, credentials, m_db, due, this);
    connect(m_delivery, &SmtpDelivery::progress, this, &AccountSend::progress);
    connect(m_delivery, &SmtpDelivery::noted, this, &AccountSend::noted);
    connect(m_delivery, &SmtpDelivery::delivered, this, [this](qint64 id, const QStringList &refused) {
        ++m_report.delivered;
        emit delivered(id, refused);
    });
    connect(m_delivery, &SmtpDelivery::failed, this, [this](qint64 id, const Error &error, const QDateTime &retryAt) {
        ++m_report.failed;
        emit failed(id, error, retryAt);
    });
    if (retryIfLoginRefused)
        m_delivery->keepMessagesIfLoginRefused();
    connect(m_delivery, &SmtpDelivery::finished, this, [this, due] {
        if (m_delivery && m_delivery->loginRefusal()) {
            m_delivery->deleteLater();
            return deliverWithToken(due, true);
        }
        file();
    });
    m_delivery->start();
}

void AccountSend::file()
{
    if (m_delivery)
        m_delivery->deleteLater();
    QList<OutboxEntry> entries;
    if (auto error = OutboxStore(m_db).list(m_account.id, entries))
        return finish(error);
    QList<OutboxEntry> delivered;
    for (const OutboxEntry &entry : std::as_const(entries)) {
        if (entry.state == OutboxState::Delivered)
            delivered.append(entry);
    }
    m_filer = new SentFiler(m_account, m_password, m_db, delivered, this);
    connect(m_filer, &SentFiler::noted, this, &AccountSend::noted);
    connect(m_filer, &SentFiler::completed, this, [this](qint64 id) {
        ++m_report.completed;
        emit completed(id);
    });
    connect(m_filer, &SentFiler::failed, this, [this](qint64 id, const Error &error, const QDateTime &retryAt) {
        ++m_report.failed;
        emit failed(id, error, retryAt);
    });
    connect(m_filer, &SentFiler::finished, this, [this](const std::optional<Error> &error) {
        m_report.sentError = error;
        finish();
    });
    m_filer->start();
}

void AccountSend::finish(const std::optional<Error> &storageError)
{
    if (m_finished)
        return;
    m_finished = true;
    if (storageError && !m_report.sentError)
        m_report.sentError = storageError;
    int waiting = 0;
    OutboxStore(m_db).count(m_account.id, waiting);
    m_report.waiting = waiting;
    m_lock->unlock();
    emit finished(m_report);
}

} // namespace Kestrel::Send

#include "send/Outbox.h"

#include "account/CredentialStore.h"
#include "account/oauth/OAuthTokenBroker.h"
#include "account/oauth/OAuthTokenSource.h"
#include "send/OutboxWorker.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

namespace Kestrel::Send {

Outbox::Outbox(QString cachePath, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_oauth(new OAuthTokenSource(credentials, this))
    , m_thread(new QThread(this))
    , m_worker(new OutboxWorker(std::move(cachePath)))
{
    qRegisterMetaType<Kestrel::Error>();
    qRegisterMetaType<Kestrel::AccountSettings>();
    qRegisterMetaType<Kestrel::OutgoingMessage>();
    m_thread->setObjectName(QStringLiteral("outbox"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &OutboxWorker::submitted, this, &Outbox::submitted);
    connect(m_worker, &OutboxWorker::submitFailed, this, &Outbox::submitFailed);
    connect(m_worker, &OutboxWorker::progress, this, &Outbox::progress);
    connect(m_worker, &OutboxWorker::delivered, this, &Outbox::delivered);
    connect(m_worker, &OutboxWorker::completed, this, &Outbox::completed);
    connect(m_worker, &OutboxWorker::failed, this, &Outbox::failed);
    connect(m_worker, &OutboxWorker::noted, this, &Outbox::noted);
    connect(m_worker, &OutboxWorker::changed, this, &Outbox::changed);
    connect(m_worker, &OutboxWorker::retryDue, this, [this](const QString &accountId, const QDateTime &when) {
        const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
        QTimer::singleShot(std::chrono::milliseconds(wait), this, [this, accountId] {
            if (m_accounts.contains(accountId))
                flush(m_accounts.value(accountId));
        });
    });
    m_thread->start();
}

Outbox::~Outbox()
{
    m_thread->quit();
    m_thread->wait();
}

void Outbox::withPassword(const AccountSettings &account, std::function<void(const QString &)> use,
                          std::function<void(const Error &)> failedToRead)
{
    m_accounts.insert(account.id, account);
    if (account.authentication == AccountSettings::Authentication::OAuth2) {
        // No password: AccountSend asks this outbox's token source through the broker when it sends.
        OAuthTokenBroker::offer(account.id, m_oauth);
        QMetaObject::invokeMethod(this, [use] { use(QString()); }, Qt::QueuedConnection);
        return;
    }
    // The keychain may answer after this outbox is gone (the window closed meanwhile).
    m_credentials.read(account.secretKey(), [self = QPointer(this), account, use, failedToRead](std::optional<QString> password,
                                                                                               std::optional<Error> error) {
        if (!self)
            return;
        if (error || !password)
            return failedToRead(error.value_or(Error::make(Error::Code::Keychain,
                                                           tr("No password is stored for \"%1\".").arg(account.displayName))));
        use(*password);
    });
}

quint64 Outbox::submit(const AccountSettings &account, const OutgoingMessage &message)
{
    const quint64 ticket = m_nextTicket++;
    // The message is stored even without a password: it waits in the outbox until one is there.
    withPassword(account,
                 [this, ticket, account, message](const QString &password) {
                     QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, account, password, message] {
                         worker->submit(ticket, account, password, message);
                     });
                 },
                 [this, ticket, account, message](const Error &) {
                     QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, account, message] {
                         worker->submit(ticket, account, QString(), message);
                     });
                 });
    return ticket;
}

void Outbox::flush(const AccountSettings &account)
{
    withPassword(account,
                 [this, account](const QString &password) {
                     QMetaObject::invokeMethod(m_worker, [worker = m_worker, account, password] { worker->flush(account, password, 0); });
                 },
                 [this](const Error &error) { emit failed(0, error, QDateTime()); });
}

void Outbox::retry(const AccountSettings &account, qint64 outboxId)
{
    withPassword(account,
                 [this, account, outboxId](const QString &password) {
                     QMetaObject::invokeMethod(m_worker, [worker = m_worker, account, password, outboxId] {
                         worker->retry(account, password, outboxId);
                     });
                 },
                 [this, outboxId](const Error &error) { emit failed(outboxId, error, QDateTime()); });
}

void Outbox::remove(qint64 outboxId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, outboxId] { worker->remove(outboxId); });
}

} // namespace Kestrel::Send

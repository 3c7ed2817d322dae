#include "accounts/SendCertificateHandler.h"

#include "accounts/CertificatePrompt.h"
#include "accounts/CertificatePromptBook.h"

#include "account/SmtpCertificateCheck.h"
#include "cache/Database.h"
#include "send/Outbox.h"
#include "send/OutboxStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

namespace Kestrel::Ui {

SendCertificateHandler::SendCertificateHandler(Send::Outbox &outbox, QString cachePath, AccountList accounts,
                                               QWidget *window)
    : QObject(window)
    , m_outbox(outbox)
    , m_cachePath(std::move(cachePath))
    , m_accounts(std::move(accounts))
    , m_book(new CertificatePromptBook(window, this))
{
    connect(&m_outbox, &Send::Outbox::failed, this,
            [this](qint64 outboxId, const Error &error, const QDateTime &) { onFailed(outboxId, error); });
}

CertificatePrompt *SendCertificateHandler::promptFor(const QString &host, quint16 port) const
{
    return m_book->promptFor(host, port);
}

void SendCertificateHandler::onFailed(qint64 outboxId, const Error &error)
{
    if (error.code != Error::Code::Tls || outboxId <= 0)
        return;
    // Which account the message belongs to is in the outbox table: read on a pool thread, not here.
    QPointer<SendCertificateHandler> self(this);
    QThreadPool::globalInstance()->start([self, path = m_cachePath, outboxId] {
        std::optional<Send::OutboxEntry> entry;
        {
            Database database; // this thread's own connection (see Database)
            if (!database.open(path, Database::Access::ReadOnly))
                Send::OutboxStore(database).get(outboxId, entry);
        }
        const QString accountId = entry ? entry->accountId : QString();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, accountId, outboxId] { // outlives `self`
            if (self && !accountId.isEmpty())
                self->check(accountId, outboxId);
        });
    });
}

void SendCertificateHandler::check(const QString &accountId, qint64 outboxId)
{
    const std::optional<AccountSettings> settings = account(accountId);
    if (!settings)
        return;
    auto *certificateCheck = new SmtpCertificateCheck(settings->smtp, settings->trustedCertificates, this);
    connect(certificateCheck, &SmtpCertificateCheck::finished, this,
            [this, certificateCheck, accountId, outboxId](const std::optional<CertificateProblem> &problem,
                                                          const std::optional<Error> &error) {
                certificateCheck->deleteLater();
                const std::optional<AccountSettings> current = account(accountId);
                if (!current)
                    return; // removed meanwhile
                if (problem)
                    return ask(*current, outboxId, *problem);
                if (error)
                    emit statusMessage(current->displayName + QStringLiteral(": ") + error->userMessage);
            });
    certificateCheck->start();
}

void SendCertificateHandler::ask(const AccountSettings &account, qint64 outboxId, const CertificateProblem &problem)
{
    const QString cannotSend = tr("%1 cannot send: the certificate of %2 is not trusted.").arg(account.displayName, problem.host);
    if (m_book->wasDeclined(problem)) {
        emit statusMessage(cannotSend);
        return;
    }
    const QString key = CertificatePromptBook::certificateKey(problem);
    if (!m_waiting[key].contains(outboxId))
        m_waiting[key].append(outboxId); // one prompt, however many messages meet that certificate
    m_book->ask(
        problem,
        [this, accountId = account.id, key](const TrustedCertificate &pin) {
            for (qint64 waiting : m_waiting.take(key))
                trust(accountId, waiting, pin);
        },
        [this, key, cannotSend] {
            m_waiting.remove(key);
            emit statusMessage(cannotSend);
        });
}

void SendCertificateHandler::trust(const QString &accountId, qint64 outboxId, const TrustedCertificate &pin)
{
    QList<AccountSettings> accounts = m_accounts();
    if (CertificatePrompt::pinInAccounts(accounts, pin))
        emit accountsChanged(accounts);
    if (const auto changed = findAccount(accounts, accountId))
        m_outbox.retry(*changed, outboxId); // with the pin: the message goes out now
}

std::optional<AccountSettings> SendCertificateHandler::account(const QString &accountId) const
{
    return findAccount(m_accounts(), accountId);
}

} // namespace Kestrel::Ui

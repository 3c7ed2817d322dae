#include "accounts/SendCertificateHandler.h"

#include "accounts/CertificatePrompt.h"

#include "account/SmtpCertificateCheck.h"
#include "cache/Database.h"
#include "send/Outbox.h"
#include "send/OutboxStore.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QWidget>

namespace Kestrel::Ui {
namespace {

QString certificateKey(const CertificateProblem &problem)
{
    return problem.host + QLatin1Char(':') + QString::number(problem.port) + QLatin1Char(':')
        + QString::fromLatin1(problem.sha256);
}

} // namespace

SendCertificateHandler::SendCertificateHandler(Send::Outbox &outbox, QString cachePath, AccountList accounts,
                                               QWidget *window)
    : QObject(window)
    , m_outbox(outbox)
    , m_cachePath(std::move(cachePath))
    , m_accounts(std::move(accounts))
    , m_window(window)
{
    connect(&m_outbox, &Send::Outbox::failed, this,
            [this](qint64 outboxId, const Error &error, const QDateTime &) { onFailed(outboxId, error); });
}

CertificatePrompt *SendCertificateHandler::promptFor(const QString &host, quint16 port) const
{
    for (const QPointer<CertificatePrompt> &prompt : m_prompts) {
        if (prompt && prompt->problem().host == host && prompt->problem().port == port)
            return prompt;
    }
    return nullptr;
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
    const QString key = certificateKey(problem);
    if (m_rejected.contains(key)) {
        emit statusMessage(tr("%1 cannot send: the certificate of %2 is not trusted.").arg(account.displayName, problem.host));
        return;
    }
    if (!m_waiting[key].contains(outboxId))
        m_waiting[key].append(outboxId);
    if (CertificatePrompt *open = m_prompts.value(key)) {
        open->raise(); // one prompt per certificate, however many messages meet it
        return;
    }
    auto *prompt = new CertificatePrompt(problem, m_window);
    m_prompts.insert(key, prompt);
    const QString accountId = account.id;
    connect(prompt, &CertificatePrompt::trusted, this, [this, accountId, key](const TrustedCertificate &pin) {
        for (qint64 waiting : m_waiting.take(key))
            trust(accountId, waiting, pin);
    });
    connect(prompt, &QDialog::rejected, this, [this, key, name = account.displayName, host = problem.host] {
        m_rejected.insert(key);
        m_waiting.remove(key);
        emit statusMessage(tr("%1 cannot send: the certificate of %2 is not trusted.").arg(name, host));
    });
    prompt->show();
}

void SendCertificateHandler::trust(const QString &accountId, qint64 outboxId, const TrustedCertificate &pin)
{
    QList<AccountSettings> accounts = m_accounts();
    if (CertificatePrompt::pinInAccounts(accounts, pin))
        emit accountsChanged(accounts);
    for (const AccountSettings &changed : std::as_const(accounts)) {
        if (changed.id == accountId)
            m_outbox.retry(changed, outboxId); // with the pin: the message goes out now
    }
}

std::optional<AccountSettings> SendCertificateHandler::account(const QString &accountId) const
{
    for (const AccountSettings &settings : m_accounts()) {
        if (settings.id == accountId)
            return settings;
    }
    return std::nullopt;
}

} // namespace Kestrel::Ui

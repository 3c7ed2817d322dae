#include "accounts/SyncCertificateHandler.h"

#include "accounts/CertificatePrompt.h"
#include "sync/SyncCoordinator.h"
#include "sync/certificates/CertificateCheck.h"

#include <QWidget>

namespace Kestrel::Ui {

SyncCertificateHandler::SyncCertificateHandler(Sync::SyncCoordinator &sync, AccountList accounts, QWidget *window)
    : QObject(window)
    , m_sync(sync)
    , m_accounts(std::move(accounts))
    , m_window(window)
{
    connect(&m_sync, &Sync::SyncCoordinator::accountFinished, this, &SyncCertificateHandler::onAccountFinished);
    connect(&m_sync, &Sync::SyncCoordinator::connectionStateChanged, this, &SyncCertificateHandler::onConnectionState);
}

CertificatePrompt *SyncCertificateHandler::promptFor(const QString &accountId) const
{
    const std::optional<AccountSettings> settings = account(accountId);
    if (!settings)
        return nullptr;
    for (auto it = m_prompts.cbegin(); it != m_prompts.cend(); ++it) {
        if (it.value() && it.value()->problem().host == settings->imap.host && it.value()->problem().port == settings->imap.port)
            return it.value();
    }
    return nullptr;
}

void SyncCertificateHandler::onAccountFinished(const QString &accountId, const std::optional<Error> &error)
{
    if (error && error->code == Error::Code::Tls)
        check(accountId);
}

void SyncCertificateHandler::onConnectionState(const QString &accountId, const Sync::ConnectionStatus &status)
{
    if (status.error && status.error->code == Error::Code::Tls)
        check(accountId);
}

void SyncCertificateHandler::check(const QString &accountId)
{
    const std::optional<AccountSettings> settings = account(accountId);
    if (!settings || m_checking.contains(accountId))
        return;
    m_checking.insert(accountId);
    auto *certificateCheck = new CertificateCheck(settings->imap, settings->trustedCertificates, this);
    connect(certificateCheck, &CertificateCheck::finished, this,
            [this, certificateCheck, accountId](const std::optional<CertificateProblem> &problem, const std::optional<Error> &error) {
                certificateCheck->deleteLater();
                m_checking.remove(accountId);
                const std::optional<AccountSettings> current = account(accountId);
                if (!current)
                    return; // removed meanwhile
                if (problem)
                    return ask(*current, *problem);
                if (error)
                    emit statusMessage(current->displayName + QStringLiteral(": ") + error->userMessage);
            });
    certificateCheck->start();
}

void SyncCertificateHandler::ask(const AccountSettings &account, const CertificateProblem &problem)
{
    const QString key = certificateKey(problem);
    if (m_rejected.contains(key)) {
        emit statusMessage(tr("%1 is offline: the certificate of %2 is not trusted.").arg(account.displayName, problem.host));
        return;
    }
    if (CertificatePrompt *open = m_prompts.value(key)) {
        open->raise(); // one prompt per certificate, however many syncs and pushes meet it
        return;
    }
    auto *prompt = new CertificatePrompt(problem, m_window);
    m_prompts.insert(key, prompt);
    const QString accountId = account.id;
    connect(prompt, &CertificatePrompt::trusted, this, [this, accountId](const TrustedCertificate &pin) { trust(accountId, pin); });
    connect(prompt, &QDialog::rejected, this, [this, key, name = account.displayName, host = problem.host] {
        m_rejected.insert(key);
        emit statusMessage(tr("%1 is offline: the certificate of %2 is not trusted.").arg(name, host));
    });
    prompt->show();
}

void SyncCertificateHandler::trust(const QString &accountId, const TrustedCertificate &pin)
{
    QList<AccountSettings> accounts = m_accounts();
    if (CertificatePrompt::pinInAccounts(accounts, pin))
        emit accountsChanged(accounts);
    for (const AccountSettings &changed : std::as_const(accounts)) {
        if (changed.id == accountId)
            m_sync.sync(changed); // a sync already running (started by accountsChanged) is left alone
    }
}

std::optional<AccountSettings> SyncCertificateHandler::account(const QString &accountId) const
{
    for (const AccountSettings &settings : m_accounts()) {
        if (settings.id == accountId)
            return settings;
    }
    return std::nullopt;
}

QString SyncCertificateHandler::certificateKey(const CertificateProblem &problem)
{
    return problem.host + QLatin1Char(':') + QString::number(problem.port) + QLatin1Char(':') + QString::fromLatin1(problem.sha256);
}

} // namespace Kestrel::Ui

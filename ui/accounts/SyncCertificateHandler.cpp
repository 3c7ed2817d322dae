#include "accounts/SyncCertificateHandler.h"

#include "accounts/CertificatePrompt.h"
#include "accounts/CertificatePromptBook.h"
#include "sync/SyncCoordinator.h"
#include "sync/certificates/CertificateCheck.h"

#include <QWidget>

namespace Kestrel::Ui {

SyncCertificateHandler::SyncCertificateHandler(Sync::SyncCoordinator &sync, AccountList accounts, QWidget *window)
    : QObject(window)
    , m_sync(sync)
    , m_accounts(std::move(accounts))
    , m_book(new CertificatePromptBook(window, this))
{
    connect(&m_sync, &Sync::SyncCoordinator::accountFinished, this, &SyncCertificateHandler::onAccountFinished);
    connect(&m_sync, &Sync::SyncCoordinator::connectionStateChanged, this, &SyncCertificateHandler::onConnectionState);
}

CertificatePrompt *SyncCertificateHandler::promptFor(const QString &accountId) const
{
    const std::optional<AccountSettings> settings = account(accountId);
    return settings ? m_book->promptFor(settings->imap.host, settings->imap.port) : nullptr;
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
    const QString offline = tr("%1 is offline: the certificate of %2 is not trusted.").arg(account.displayName, problem.host);
    if (m_book->wasDeclined(problem)) {
        emit statusMessage(offline);
        return;
    }
    m_book->ask(
        problem, [this, accountId = account.id](const TrustedCertificate &pin) { trust(accountId, pin); },
        [this, offline] { emit statusMessage(offline); });
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
    return findAccount(m_accounts(), accountId);
}

} // namespace Kestrel::Ui

#include "accounts/SessionPasswordHandler.h"

#include "account/CredentialStore.h"
#include "accounts/SessionPasswordPrompt.h"
#include "sync/SyncCoordinator.h"

#include <QWidget>

namespace Kestrel::Ui {

SessionPasswordHandler::SessionPasswordHandler(Sync::SyncCoordinator &sync, CredentialStore &credentials,
                                               AccountList accounts, QWidget *window)
    : QObject(window)
    , m_sync(sync)
    , m_credentials(credentials)
    , m_accounts(std::move(accounts))
    , m_window(window)
{
    connect(&m_sync, &Sync::SyncCoordinator::accountFinished, this, &SessionPasswordHandler::onError);
    connect(&m_sync, &Sync::SyncCoordinator::connectionStateChanged, this,
            [this](const QString &accountId, const Sync::ConnectionStatus &status) { onError(accountId, status.error); });
}

void SessionPasswordHandler::onError(const QString &accountId, const std::optional<Error> &error)
{
    if (!error)
        return;
    const std::optional<AccountSettings> settings = account(accountId);
    if (!settings || settings->authentication != AccountSettings::Authentication::Password)
        return;
    if (CredentialStore::isNoKeychain(*error))
        return ask(*settings, error->userMessage);
    // The password typed for this session was refused: it is no use, ask for it again.
    if (error->code == Error::Code::Authentication && m_credentials.keychainMissing()
        && m_credentials.hasSessionSecret(settings->secretKey())) {
        m_credentials.forgetForSession(settings->secretKey());
        m_declined.remove(accountId);
        ask(*settings, error->userMessage);
    }
}

void SessionPasswordHandler::ask(const AccountSettings &account, const QString &reason)
{
    if (m_declined.contains(account.id)) {
        emit statusMessage(tr("%1 is offline: no password for this session.").arg(account.displayName));
        return;
    }
    if (SessionPasswordPrompt *open = m_prompts.value(account.id)) {
        open->raise();
        return;
    }
    auto *prompt = new SessionPasswordPrompt(account, reason, m_window);
    m_prompts.insert(account.id, prompt);
    ++m_shown;
    connect(prompt, &SessionPasswordPrompt::passwordEntered, this, &SessionPasswordHandler::use);
    connect(prompt, &QDialog::rejected, this, [this, id = account.id, name = account.displayName] {
        m_declined.insert(id);
        emit statusMessage(tr("%1 is offline: no password for this session.").arg(name));
    });
    prompt->show();
}

void SessionPasswordHandler::use(const QString &accountId, const QString &password)
{
    const std::optional<AccountSettings> settings = account(accountId);
    if (!settings)
        return;
    m_credentials.rememberForSession(settings->secretKey(), password);
    m_sync.sync(*settings);
}

std::optional<AccountSettings> SessionPasswordHandler::account(const QString &accountId) const
{
    return findAccount(m_accounts(), accountId);
}

} // namespace Kestrel::Ui

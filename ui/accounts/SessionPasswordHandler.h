#pragma once

#include "accounts/SessionPasswordPrompt.h"

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "sync/push/PushTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QWidget;

namespace Kestrel {
class CredentialStore;
}
namespace Kestrel::Sync {
class SyncCoordinator;
}

namespace Kestrel::Ui {

class SessionPasswordPrompt;

// Where no keychain service runs (issue 7), a sync or push that finds no password opens one
// SessionPasswordPrompt per account, which says why; the password entered is held by CredentialStore
// in memory for this session only and the account syncs again. Asked once per session: a cancelled
// prompt is not shown again (the status says the account is offline), and a prompt already open is
// raised rather than doubled. A password the server refuses is forgotten and asked for again.
class SessionPasswordHandler : public QObject
{
    Q_OBJECT
public:
    using AccountList = std::function<QList<AccountSettings>()>;

    SessionPasswordHandler(Sync::SyncCoordinator &sync, CredentialStore &credentials, AccountList accounts, QWidget *window);

    SessionPasswordPrompt *promptFor(const QString &accountId) const { return m_prompts.value(accountId); }
    // How many prompts were opened in this session (for tests: "asked once").
    int promptsShown() const { return m_shown; }

signals:
    void statusMessage(const QString &text);

private:
    void onError(const QString &accountId, const std::optional<Error> &error);
    void ask(const AccountSettings &account, const QString &reason);
    void use(const QString &accountId, const QString &password);
    std::optional<AccountSettings> account(const QString &accountId) const;

    Sync::SyncCoordinator &m_sync;
    CredentialStore &m_credentials;
    AccountList m_accounts;
    QPointer<QWidget> m_window;
    QHash<QString, QPointer<SessionPasswordPrompt>> m_prompts; // by account id
    QSet<QString> m_declined;                                  // account ids whose prompt was cancelled
    int m_shown = 0;
};

} // namespace Kestrel::Ui

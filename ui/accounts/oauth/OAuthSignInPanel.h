#pragma once

#include "account/AccountSettings.h"
#include "account/oauth/OAuthProvider.h"
#include "common/Error.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Kestrel {

class CredentialStore;
class OAuthSignIn;

// The wizard's "Sign in with Google" / "Sign in with Microsoft" choice for Gmail and Outlook addresses:
// one button that runs the browser sign-in (core/account/oauth/OAuthSignIn), opens the system browser
// for it, saves the tokens in the keychain and marks the account as OAuth2. Nothing here waits: the
// browser round trip and the keychain write end in signedIn() or a message in the panel.
class OAuthSignInPanel : public QWidget
{
    Q_OBJECT
public:
    OAuthSignInPanel(CredentialStore &credentials, QWidget *parent = nullptr);

    // Shows the panel when the address belongs to a provider Kestrel can sign in with, else hides it.
    void setEmail(const QString &emailAddress);
    // The id the account will be saved under: the button's sign-in stores the tokens under it.
    void setAccountId(const QString &accountId) { m_account.id = accountId; }
    bool available() const { return m_provider.has_value(); }
    // Another provider than the built-in one for the address (an account's saved block, or a test's server).
    void setProvider(const std::optional<OAuthProvider> &provider);
    // Sets authentication = OAuth2 and the provider block on the account being created.
    void applyTo(AccountSettings &account) const;

signals:
    // Tokens are in the keychain under `account`'s key; the wizard may go on without a password.
    void signedIn();
    void signInFailed(const Kestrel::Error &error);

public slots:
    // `account` must already have its id (the keychain key is derived from it).
    void signIn(const Kestrel::AccountSettings &account);

private:
    void showState(const QString &text, bool busy);

    CredentialStore &m_credentials;
    std::optional<OAuthProvider> m_provider;
    AccountSettings m_account;
    QPointer<OAuthSignIn> m_running;
    QPushButton *m_button;
    QLabel *m_status;
};

} // namespace Kestrel

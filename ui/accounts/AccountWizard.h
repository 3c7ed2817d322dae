#pragma once

#include "account/AccountSettings.h"
#include "account/ConnectionTestResult.h"
#include "account/autoconfig/DiscoveredServers.h"
#include "account/autoconfig/DiscoveryOptions.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Kestrel {
class AccountDiscovery;
class ConnectionTest;
class CredentialStore;
class OAuthSignInPanel;
class OAuthTokenSource;
}

namespace Kestrel::Ui {

class AccountSettingsForm;
class CertificatePrompt;

// Adds (or edits) an account: name, address and password first; then the settings found for the address
// (presets, autoconfig, SRV, guesses — AccountDiscovery, in the background) in a form where every value
// stays editable; "Set up manually" skips the search. "Test connection" logs in to both servers and shows
// what failed and what the server said; an untrusted certificate opens a CertificatePrompt, and trusting it
// pins it in the account and tests again. Nothing here blocks: discovery and the test run on the event loop.
// On Finish, accountReady() hands over the settings and the password (empty when editing and unchanged);
// storing them is the caller's business (AccountStorage).
// Gmail and Microsoft addresses (or any account already set to OAuth2) also get "Sign in with ..."
// (OAuthSignInPanel): the browser sign-in stores the tokens in the keychain under the id the new account
// will have, and the account then needs no password: none is handed over, so none is stored.
class AccountWizard : public QDialog
{
    Q_OBJECT
public:
    // `credentials` receives the OAuth2 tokens of a sign-in and must outlive the wizard.
    explicit AccountWizard(CredentialStore &credentials, DiscoveryOptions options = {}, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // Edit mode: starts from these settings, searches nothing, and an empty password keeps the saved one.
    void setAccount(const AccountSettings &settings);

    // For tests and for accessibility tools: the parts a user works with.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    OAuthSignInPanel *oauthPanel() const { return m_oauth; }
    bool signedIn() const;
    QPushButton *nextButton() const { return m_next; }
    QPushButton *manualButton() const { return m_manual; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *finishButton() const { return m_finish; }
    AccountSettingsForm *form() const { return m_form; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *identityHint() const { return m_identityHint; }
    QLabel *imapResultLabel() const { return m_imapResult; }
    QLabel *smtpResultLabel() const { return m_smtpResult; }
    // The most recently opened certificate prompt that is still open.
    CertificatePrompt *certificatePrompt() const;
    int currentPage() const;

    // Cancelling after a sign-in deletes the tokens it stored: no account will ever use them.
    void reject() override;

signals:
    void accountReady(const Kestrel::AccountSettings &settings, const QString &password);

private:
    QWidget *createIdentityPage();
    QWidget *createSettingsPage();
    void goToSettings(bool search);
    void onDiscovered(const DiscoveredServers &found);
    void startTest();
    void onTestResult(QLabel *label, const QString &side, const ConnectionTestResult &result);
    void askAboutCertificate(const CertificateProblem &problem);
    void onCertificateTrusted(const TrustedCertificate &pin);
    void finish();
    void onSignedIn();
    // The form's settings with what the wizard adds: the account's id and, once signed in, OAuth2.
    AccountSettings currentSettings() const;
    static QString sourceName(DiscoverySource source);

    CredentialStore &m_credentials;
    DiscoveryOptions m_options;
    QString m_newId; // created up front: a sign-in stores its tokens under the id the account will have
    QString m_signedInEmail; // the address the OAuth2 sign-in was for; empty while not signed in
    bool m_editing = false;
    bool m_userEdited = false; // found values never overwrite what the user typed
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QPushButton *m_next;
    QPushButton *m_manual;
    QLabel *m_identityHint;
    OAuthSignInPanel *m_oauth;
    OAuthTokenSource *m_tokens; // serves the connection test of an OAuth2 account
    AccountSettingsForm *m_form;
    QLabel *m_status;
    QLabel *m_imapResult;
    QLabel *m_smtpResult;
    QPushButton *m_test;
    QPushButton *m_finish;
    QPointer<AccountDiscovery> m_discovery;
    QPointer<ConnectionTest> m_connectionTest;
    QList<QPointer<CertificatePrompt>> m_prompts; // one per certificate asked about, while open
};

} // namespace Kestrel::Ui

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
class AccountWizard : public QDialog
{
    Q_OBJECT
public:
    explicit AccountWizard(DiscoveryOptions options = {}, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // Edit mode: starts from these settings, searches nothing, and an empty password keeps the saved one.
    void setAccount(const AccountSettings &settings);

    // For tests and for accessibility tools: the parts a user works with.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
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
    static QString sourceName(DiscoverySource source);

    DiscoveryOptions m_options;
    bool m_editing = false;
    bool m_userEdited = false; // found values never overwrite what the user typed
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QPushButton *m_next;
    QPushButton *m_manual;
    QLabel *m_identityHint;
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

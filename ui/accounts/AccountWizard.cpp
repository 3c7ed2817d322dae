#include "accounts/AccountWizard.h"

#include "accounts/AccountSettingsForm.h"
#include "accounts/CertificatePrompt.h"
#include "accounts/oauth/OAuthSignInPanel.h"

#include "account/ConnectionTest.h"
#include "account/autoconfig/AccountDiscovery.h"
#include "account/oauth/OAuthTokenBroker.h"
#include "account/oauth/OAuthTokenSource.h"
#include "account/oauth/OAuthTokenStore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace Kestrel::Ui {

AccountWizard::AccountWizard(CredentialStore &credentials, DiscoveryOptions options, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_options(std::move(options))
    , m_newId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_pages(new QStackedWidget(this))
    , m_tokens(new OAuthTokenSource(credentials, this))
{
    setWindowTitle(tr("Add Account"));
    m_pages->addWidget(createIdentityPage());
    m_pages->addWidget(createSettingsPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(620, 420);
}

AccountWizard::~AccountWizard()
{
    delete m_connectionTest; // wipes the password it holds
}

QWidget *AccountWizard::createIdentityPage()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setPlaceholderText(tr("Ann Lee"));
    m_email = new QLineEdit(page);
    m_email->setPlaceholderText(tr("ann@example.org"));
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_next = new QPushButton(tr("&Continue"), page);
    m_next->setDefault(true);
    m_manual = new QPushButton(tr("Set up &manually"), page);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    m_identityHint = new QLabel(page);
    m_identityHint->setWordWrap(true);
    m_oauth = new OAuthSignInPanel(m_credentials, page);
    m_oauth->setAccountId(m_newId);
    connect(m_email, &QLineEdit::textChanged, m_oauth, [this](const QString &text) { m_oauth->setEmail(text.trimmed()); });
    connect(m_oauth, &OAuthSignInPanel::signedIn, this, &AccountWizard::onSignedIn);
    connect(m_oauth, &OAuthSignInPanel::signInFailed, this, [this](const Error &error) {
        m_signedInEmail.clear();
        m_identityHint->setText(tr("The sign-in did not work: %1").arg(error.userMessage));
    });
    connect(m_next, &QPushButton::clicked, this, [this] { goToSettings(!m_editing); });
    connect(m_manual, &QPushButton::clicked, this, [this] { goToSettings(false); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_oauth); // hidden unless the address's provider signs in with OAuth2
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addStretch();
    buttons->addWidget(m_manual);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_identityHint);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget *AccountWizard::createSettingsPage()
{
    auto *page = new QWidget(this);
    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    m_form = new AccountSettingsForm(page);
    connect(m_form, &AccountSettingsForm::edited, this, [this] { m_userEdited = true; });
    m_imapResult = new QLabel(page);
    m_smtpResult = new QLabel(page);
    for (QLabel *label : {m_imapResult, m_smtpResult}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse); // the server's words can be copied
    }
    auto *back = new QPushButton(tr("&Back"), page);
    m_test = new QPushButton(tr("&Test Connection"), page);
    m_finish = new QPushButton(tr("&Finish"), page);
    m_finish->setDefault(true);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_test, &QPushButton::clicked, this, &AccountWizard::startTest);
    connect(m_finish, &QPushButton::clicked, this, &AccountWizard::finish);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_test);
    buttons->addWidget(m_finish);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_status);
    layout->addWidget(m_form);
    layout->addWidget(m_imapResult);
    layout->addWidget(m_smtpResult);
    layout->addStretch();
    layout->addLayout(buttons);
    return page;
}

void AccountWizard::setAccount(const AccountSettings &settings)
{
    m_editing = true;
    setWindowTitle(tr("Edit Account"));
    m_name->setText(settings.displayName);
    m_email->setText(settings.email);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_form->setSettings(settings);
    m_oauth->setAccountId(settings.id);
    if (settings.authentication == AccountSettings::Authentication::OAuth2) {
        // Its tokens are in the keychain already; the panel stays for signing in again.
        m_oauth->setProvider(OAuthProvider::fromAccount(settings));
        m_signedInEmail = settings.email;
    }
    m_manual->hide();
}

CertificatePrompt *AccountWizard::certificatePrompt() const
{
    for (auto it = m_prompts.crbegin(); it != m_prompts.crend(); ++it) {
        if (*it && (*it)->isVisible())
            return *it;
    }
    return nullptr;
}

bool AccountWizard::signedIn() const
{
    return !m_signedInEmail.isEmpty() && m_signedInEmail == m_email->text().trimmed();
}

void AccountWizard::onSignedIn()
{
    m_signedInEmail = m_email->text().trimmed();
    m_identityHint->setText(tr("Signed in: no password is needed for this account."));
}

AccountSettings AccountWizard::currentSettings() const
{
    AccountSettings settings = m_form->settings();
    if (settings.id.isEmpty())
        settings.id = m_newId;
    if (signedIn())
        m_oauth->applyTo(settings);
    return settings;
}

int AccountWizard::currentPage() const
{
    return m_pages->currentIndex();
}

void AccountWizard::goToSettings(bool search)
{
    const QString email = m_email->text().trimmed();
    if (!m_editing && search && (!email.contains(QLatin1Char('@')) || email.endsWith(QLatin1Char('@')))) {
        m_email->setFocus();
        m_identityHint->setText(tr("Enter the whole address, e.g. ann@example.org."));
        return;
    }
    m_identityHint->clear();
    AccountSettings settings = m_form->settings();
    settings.displayName = m_name->text().trimmed();
    settings.email = email;
    if (!m_editing && (settings.userName.isEmpty() || !m_userEdited))
        settings.userName = email;
    m_form->setSettings(settings);
    m_pages->setCurrentIndex(1);
    if (!search) {
        m_status->setText(m_editing ? QString() : tr("Enter the settings your provider gives."));
        return;
    }
    m_status->setText(tr("Looking for the settings of %1…").arg(email.section(QLatin1Char('@'), -1)));
    if (m_discovery)
        m_discovery->deleteLater();
    m_discovery = new AccountDiscovery(m_options, this);
    connect(m_discovery, &AccountDiscovery::finished, this, &AccountWizard::onDiscovered);
    m_discovery->start(email);
}

void AccountWizard::onDiscovered(const DiscoveredServers &found)
{
    if (!found.imap && !found.smtp) {
        m_status->setText(tr("No settings were found for this address. Enter the ones your provider gives."));
        return;
    }
    if (m_userEdited) {
        m_status->setText(tr("Settings were found, but you have already changed the form; it is left as you typed it."));
        return;
    }
    AccountSettings settings = m_form->settings();
    QStringList sources;
    if (found.imap) {
        settings.imap = found.imap->endpoint;
        settings.userName = found.imap->userName.isEmpty() ? settings.userName : found.imap->userName;
        sources << tr("incoming server: %1").arg(sourceName(found.imap->source));
    }
    if (found.smtp) {
        settings.smtp = found.smtp->endpoint;
        sources << tr("outgoing server: %1").arg(sourceName(found.smtp->source));
    }
    m_form->setSettings(settings);
    m_status->setText(tr("Found (%1). Every value can be changed.").arg(sources.join(QStringLiteral("; "))));
}

QString AccountWizard::sourceName(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Preset: return tr("built-in settings");
    case DiscoverySource::Autoconfig: return tr("the provider's configuration file");
    case DiscoverySource::Srv: return tr("DNS SRV records");
    case DiscoverySource::Guess: return tr("a server that answered");
    }
    return {};
}

void AccountWizard::startTest()
{
    if (const QString missing = m_form->missingValue(); !missing.isEmpty()) {
        m_imapResult->setText(missing);
        m_smtpResult->clear();
        return;
    }
    const AccountSettings settings = currentSettings();
    const bool oauth = settings.authentication == AccountSettings::Authentication::OAuth2;
    if (!oauth && m_password->text().isEmpty()) {
        m_imapResult->setText(tr("Enter the password (on the first page) to test the connection."));
        m_smtpResult->clear();
        return;
    }
    if (oauth)
        OAuthTokenBroker::offerUnlessServed(settings.id, m_tokens); // the test's logins ask the broker
    delete m_connectionTest;
    m_connectionTest = new ConnectionTest(settings, oauth ? QString() : m_password->text(), this);
    m_imapResult->setText(tr("Incoming: connecting…"));
    m_smtpResult->setText(tr("Outgoing: connecting…"));
    m_test->setEnabled(false);
    connect(m_connectionTest, &ConnectionTest::imapFinished, this,
            [this](const ConnectionTestResult &result) { onTestResult(m_imapResult, tr("Incoming"), result); });
    connect(m_connectionTest, &ConnectionTest::smtpFinished, this,
            [this](const ConnectionTestResult &result) { onTestResult(m_smtpResult, tr("Outgoing"), result); });
    connect(m_connectionTest, &ConnectionTest::finished, this, [this] { m_test->setEnabled(true); });
    m_connectionTest->start();
}

void AccountWizard::onTestResult(QLabel *label, const QString &side, const ConnectionTestResult &result)
{
    if (result.ok()) {
        label->setText(tr("%1: logged in (%2).").arg(side, QString::fromLatin1(result.mechanism.isEmpty()
                                                                                  ? QByteArray("AUTH") : result.mechanism)));
        return;
    }
    label->setText(tr("%1: %2").arg(side, result.error->userMessage));
    label->setToolTip(result.error->detail);
    if (result.certificate)
        askAboutCertificate(*result.certificate);
}

void AccountWizard::askAboutCertificate(const CertificateProblem &problem)
{
    m_prompts.removeIf([](const QPointer<CertificatePrompt> &prompt) { return !prompt || !prompt->isVisible(); });
    for (const QPointer<CertificatePrompt> &prompt : std::as_const(m_prompts)) {
        const CertificateProblem &asked = prompt->problem();
        if (asked.sha256 == problem.sha256 && asked.host == problem.host && asked.port == problem.port)
            return; // already asking about this one
    }
    auto *prompt = new CertificatePrompt(problem, this);
    connect(prompt, &CertificatePrompt::trusted, this, &AccountWizard::onCertificateTrusted);
    m_prompts.append(prompt);
    prompt->show();
}

void AccountWizard::onCertificateTrusted(const TrustedCertificate &pin)
{
    AccountSettings settings = m_form->settings();
    settings.trustedCertificates = CertificatePrompt::withPin(settings.trustedCertificates, pin);
    m_form->setSettings(settings);
    const bool othersOpen = std::any_of(m_prompts.cbegin(), m_prompts.cend(), [&](const auto &prompt) {
        return prompt && prompt->isVisible() && prompt != sender();
    });
    if (!othersOpen)
        startTest(); // see whether that was all; with another prompt open, its answer comes first
}

void AccountWizard::finish()
{
    if (const QString missing = m_form->missingValue(); !missing.isEmpty()) {
        m_status->setText(missing);
        return;
    }
    AccountSettings settings = currentSettings();
    const bool oauth = settings.authentication == AccountSettings::Authentication::OAuth2;
    if (!m_editing && !oauth && m_password->text().isEmpty()) {
        m_status->setText(m_oauth->available()
                              ? tr("Sign in on the first page, or enter the password there; it is kept in the system keychain.")
                              : tr("Enter the password on the first page; it is kept in the system keychain."));
        return;
    }
    if (settings.displayName.isEmpty())
        settings.displayName = settings.email;
    m_signedInEmail.clear(); // handed over: reject() must no longer delete the tokens
    // An OAuth2 account has no password: an empty one is never handed over to be stored.
    emit accountReady(settings, oauth ? QString() : m_password->text());
    m_password->clear();
    accept();
}

void AccountWizard::reject()
{
    if (!m_editing && !m_signedInEmail.isEmpty()) {
        AccountSettings unused;
        unused.id = m_newId;
        OAuthTokenStore(m_credentials).remove(unused, [](std::optional<Error>) {});
    }
    QDialog::reject();
}

} // namespace Kestrel::Ui

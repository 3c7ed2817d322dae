#include "accounts/oauth/OAuthSignInPanel.h"

#include "account/oauth/OAuthSignIn.h"
#include "account/oauth/OAuthTokenStore.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kestrel {

OAuthSignInPanel::OAuthSignInPanel(CredentialStore &credentials, QWidget *parent)
    : QWidget(parent)
    , m_credentials(credentials)
    , m_button(new QPushButton(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_status);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_button, &QPushButton::clicked, this, [this] { signIn(m_account); });
    setVisible(false);
}

void OAuthSignInPanel::setEmail(const QString &emailAddress)
{
    m_account.email = emailAddress;
    setProvider(OAuthProvider::forEmail(emailAddress));
}

void OAuthSignInPanel::setProvider(const std::optional<OAuthProvider> &provider)
{
    m_provider = provider;
    setVisible(m_provider.has_value());
    if (!m_provider)
        return;
    m_button->setText(m_provider->name == QLatin1String("microsoft") ? tr("Sign in with Microsoft")
                                                                     : tr("Sign in with Google"));
    m_button->setAccessibleDescription(tr("Opens the sign-in page in your web browser; no password is stored."));
    m_status->clear();
}

void OAuthSignInPanel::applyTo(AccountSettings &account) const
{
    if (!m_provider)
        return;
    account.authentication = AccountSettings::Authentication::OAuth2;
    account.oauth = m_provider->toJson();
}

void OAuthSignInPanel::signIn(const AccountSettings &account)
{
    if (!m_provider || m_running)
        return;
    m_account = account;
    applyTo(m_account);
    auto *flow = new OAuthSignIn(*m_provider, this);
    m_running = flow;
    connect(flow, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            showState(tr("Kestrel could not open a web browser. Open this address yourself: %1")
                          .arg(url.toString()), true);
    });
    connect(flow, &OAuthSignIn::succeeded, this, [this, flow](const OAuthTokens &tokens) {
        flow->deleteLater();
        showState(tr("Saving the sign-in in the keychain…"), true);
        OAuthTokenStore(m_credentials).save(m_account, tokens, [self = QPointer(this)](std::optional<Error> error) {
            if (!self)
                return;
            if (error) {
                self->showState(error->userMessage, false);
                emit self->signInFailed(*error);
                return;
            }
            self->showState(tr("Signed in."), false);
            emit self->signedIn();
        });
    });
    connect(flow, &OAuthSignIn::failed, this, [this, flow](const Error &error) {
        flow->deleteLater();
        showState(error.userMessage, false);
        emit signInFailed(error);
    });
    showState(tr("Waiting for the sign-in in your web browser…"), true);
    flow->start();
}

void OAuthSignInPanel::showState(const QString &text, bool busy)
{
    m_status->setText(text);
    m_button->setEnabled(!busy);
}

} // namespace Kestrel

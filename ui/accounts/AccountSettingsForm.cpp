#include "accounts/AccountSettingsForm.h"

#include "accounts/AccountOptionsForm.h"
#include "accounts/IdentitiesEditor.h"
#include "accounts/ServerSettingsEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kestrel::Ui {

AccountSettingsForm::AccountSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_displayName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_userName(new QLineEdit(this))
    , m_imap(new ServerSettingsEditor(ServerSettingsEditor::Kind::Imap, this))
    , m_smtp(new ServerSettingsEditor(ServerSettingsEditor::Kind::Smtp, this))
    , m_prefetch(new QComboBox(this))
    , m_prefetchDays(new QSpinBox(this))
    , m_options(new AccountOptionsForm(this))
    , m_identities(new IdentitiesEditor(this))
{
    using Prefetch = AccountSettings::Prefetch;
    m_prefetch->addItem(tr("Nothing"), int(Prefetch::None));
    m_prefetch->addItem(tr("Message text"), int(Prefetch::Text));
    m_prefetch->addItem(tr("Text and attachments"), int(Prefetch::Everything));
    m_prefetchDays->setRange(1, 3650);
    m_prefetchDays->setSuffix(tr(" days"));
    m_prefetchDays->setPrefix(tr("of the last "));
    auto *offline = new QHBoxLayout;
    offline->addWidget(m_prefetch, 1);
    offline->addWidget(m_prefetchDays);
    connect(m_prefetch, &QComboBox::currentIndexChanged, this, [this] {
        m_prefetchDays->setEnabled(m_prefetch->currentData().toInt() != int(AccountSettings::Prefetch::None));
    });
    m_userName->setToolTip(tr("Sent to the servers exactly as typed, e.g. user@example.org\\shared for a "
                              "shared mailbox."));
    auto *servers = new QWidget(this);
    auto *layout = new QFormLayout(servers);
    layout->addRow(tr("Account &name:"), m_displayName);
    layout->addRow(tr("&Email address:"), m_email);
    layout->addRow(tr("&User name:"), m_userName);
    layout->addRow(tr("&Incoming (IMAP):"), m_imap);
    layout->addRow(tr("&Outgoing (SMTP):"), m_smtp);
    layout->addRow(tr("Keep for &offline reading:"), offline);
    // Servers first: a new account needs nothing else; the options have working defaults.
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(servers, tr("Ser&vers"));
    m_tabs->addTab(m_options, tr("O&ptions"));
    m_tabs->addTab(m_identities, tr("Identities and &Signatures"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);
    for (QLineEdit *edit : {m_displayName, m_email, m_userName, m_imap->hostEdit(), m_smtp->hostEdit()})
        connect(edit, &QLineEdit::textEdited, this, &AccountSettingsForm::edited);
    for (ServerSettingsEditor *editor : {m_imap, m_smtp}) {
        connect(editor->portBox(), &QSpinBox::valueChanged, this, &AccountSettingsForm::edited);
        connect(editor->securityBox(), &QComboBox::currentIndexChanged, this, &AccountSettingsForm::edited);
    }
}

AccountSettings AccountSettingsForm::settings() const
{
    AccountSettings settings = m_base;
    settings.displayName = m_displayName->text().trimmed();
    settings.email = m_email->text().trimmed();
    settings.userName = m_userName->text(); // as typed: backslashes and spaces may matter to the server
    settings.imap = m_imap->endpoint();
    settings.smtp = m_smtp->endpoint();
    settings.prefetch = AccountSettings::Prefetch(m_prefetch->currentData().toInt());
    settings.prefetchDays = m_prefetchDays->value();
    m_options->apply(settings);
    settings.identities = m_identities->identities();
    return settings;
}

void AccountSettingsForm::setSettings(const AccountSettings &settings)
{
    m_base = settings;
    m_displayName->setText(settings.displayName);
    m_email->setText(settings.email);
    m_userName->setText(settings.userName);
    m_imap->setEndpoint(settings.imap);
    m_smtp->setEndpoint(settings.smtp);
    m_prefetch->setCurrentIndex(m_prefetch->findData(int(settings.prefetch)));
    m_prefetchDays->setValue(settings.prefetchDays);
    m_options->setSettings(settings);
    m_identities->setIdentities(settings.identities);
}

void AccountSettingsForm::setFolderChoices(const QStringList &folders)
{
    m_options->setFolderChoices(folders);
}

QString AccountSettingsForm::missingValue() const
{
    const AccountSettings s = settings();
    if (!s.email.contains(QLatin1Char('@')))
        return tr("Enter the email address, e.g. ann@example.org.");
    if (s.userName.isEmpty())
        return tr("Enter the user name the servers expect.");
    if (s.imap.host.isEmpty())
        return tr("Enter the incoming (IMAP) server.");
    if (s.smtp.host.isEmpty())
        return tr("Enter the outgoing (SMTP) server.");
    return {};
}

} // namespace Kestrel::Ui

#include "settings/SettingsDialog.h"

#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kestrel::Ui {

SettingsDialog::SettingsDialog(QList<AccountSettings> accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_original(std::move(accounts))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Settings pages"));
    tabs->addTab(makeGeneralPage(), tr("&General"));
    tabs->addTab(makeReadingPage(), tr("&Reading"));
    tabs->addTab(makeAccountPage(), tr("A&ccounts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    loadValues();
}

QWidget *SettingsDialog::makeGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language by its own name, so a user who cannot read the current one still finds theirs.
    m_language->addItem(tr("English", "language name in English; keep as is"), QStringLiteral("en"));
    m_language->addItem(tr("Русский", "language name in Russian; keep as is"), QStringLiteral("ru"));
    m_language->addItem(tr("Latviešu", "language name in Latvian; keep as is"), QStringLiteral("lv"));
    form->addRow(tr("&Language:"), m_language);
    // Every open window would have to rebuild its texts for a live switch; a restart is honest and cheap.
    auto *restartNote = new QLabel(tr("A new language takes effect when Kestrel is restarted."), page);
    restartNote->setWordWrap(true);
    form->addRow(restartNote);
    m_notifications = new QCheckBox(tr("Show a &notification when new mail arrives"), page);
    m_notifications->setObjectName(QStringLiteral("newMailNotifications"));
    form->addRow(m_notifications);
    return page;
}

QWidget *SettingsDialog::makeReadingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_markRead = new QCheckBox(tr("&Mark messages read when shown in the reader"), page);
    m_markRead->setObjectName(QStringLiteral("markRead"));
    form->addRow(m_markRead);
    m_markReadDelay = new QDoubleSpinBox(page);
    m_markReadDelay->setObjectName(QStringLiteral("markReadDelay"));
    m_markReadDelay->setRange(0, 60);
    m_markReadDelay->setDecimals(1);
    m_markReadDelay->setSingleStep(0.5);
    m_markReadDelay->setSuffix(tr(" s", "seconds"));
    form->addRow(tr("&After:"), m_markReadDelay);
    connect(m_markRead, &QCheckBox::toggled, m_markReadDelay, &QWidget::setEnabled);
    m_remoteContent = new QCheckBox(tr("Load &remote content in every message (not recommended)"), page);
    m_remoteContent->setObjectName(QStringLiteral("remoteContentAlways"));
    m_remoteContent->setToolTip(tr("Remote images tell the sender when and where you read a message. When off, "
                                   "each message asks, and you can allow a sender for good."));
    form->addRow(m_remoteContent);
    return page;
}

QWidget *SettingsDialog::makeAccountPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_defaultAccount = new QComboBox(page);
    m_defaultAccount->setObjectName(QStringLiteral("defaultAccount"));
    for (const AccountSettings &account : std::as_const(m_accounts))
        m_defaultAccount->addItem(account.displayName.isEmpty() ? account.id : account.displayName, account.id);
    m_defaultAccount->setEnabled(!m_accounts.isEmpty());
    form->addRow(tr("&Default account:"), m_defaultAccount);
    auto *explanation = new QLabel(tr("New messages and mailto: links are written from this account. "
                                      "Its offline reading is set below."), page);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    m_prefetch = new QComboBox(page);
    m_prefetch->setObjectName(QStringLiteral("prefetch"));
    m_prefetch->addItem(tr("Nothing (download when opened)"), int(AccountSettings::Prefetch::None));
    m_prefetch->addItem(tr("Text of recent messages"), int(AccountSettings::Prefetch::Text));
    m_prefetch->addItem(tr("Recent messages with attachments"), int(AccountSettings::Prefetch::Everything));
    form->addRow(tr("&Keep for offline reading:"), m_prefetch);
    m_prefetchDays = new QSpinBox(page);
    m_prefetchDays->setObjectName(QStringLiteral("prefetchDays"));
    m_prefetchDays->setRange(1, 3650);
    m_prefetchDays->setSuffix(tr(" days"));
    form->addRow(tr("&Recent means the last:"), m_prefetchDays);
    connect(m_prefetch, &QComboBox::currentIndexChanged, this, [this] {
        m_prefetchDays->setEnabled(m_prefetch->isEnabled() && m_prefetch->currentData().toInt() != int(AccountSettings::Prefetch::None));
    });
    connect(m_defaultAccount, &QComboBox::currentIndexChanged, this, [this](int index) {
        keepPrefetchOf(m_shownAccount);
        showPrefetchOf(index);
    });
    return page;
}

void SettingsDialog::loadValues()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    m_notifications->setChecked(AppSettings::newMailNotifications());
    const int delay = AppSettings::markReadDelayMs();
    m_markRead->setChecked(delay >= 0);
    m_markReadDelay->setEnabled(delay >= 0);
    m_markReadDelay->setValue(delay >= 0 ? delay / 1000.0 : 1.0);
    m_remoteContent->setChecked(AppSettings::loadRemoteContentAlways());
    const int chosen = m_defaultAccount->findData(AppSettings::defaultAccountId());
    m_defaultAccount->setCurrentIndex(chosen >= 0 ? chosen : (m_accounts.isEmpty() ? -1 : 0));
    showPrefetchOf(m_defaultAccount->currentIndex());
}

void SettingsDialog::showPrefetchOf(int accountIndex)
{
    m_shownAccount = accountIndex;
    const bool valid = accountIndex >= 0 && accountIndex < m_accounts.size();
    m_prefetch->setEnabled(valid);
    if (!valid) {
        m_prefetchDays->setEnabled(false);
        return;
    }
    const AccountSettings &account = m_accounts.at(accountIndex);
    m_prefetch->setCurrentIndex(m_prefetch->findData(int(account.prefetch)));
    m_prefetchDays->setValue(account.prefetchDays);
    m_prefetchDays->setEnabled(account.prefetch != AccountSettings::Prefetch::None);
}

void SettingsDialog::keepPrefetchOf(int accountIndex)
{
    if (accountIndex < 0 || accountIndex >= m_accounts.size())
        return;
    AccountSettings &account = m_accounts[accountIndex];
    account.prefetch = AccountSettings::Prefetch(m_prefetch->currentData().toInt());
    account.prefetchDays = m_prefetchDays->value();
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setNewMailNotifications(m_notifications->isChecked());
    AppSettings::setMarkReadDelayMs(m_markRead->isChecked() ? qRound(m_markReadDelay->value() * 1000) : -1);
    AppSettings::setLoadRemoteContentAlways(m_remoteContent->isChecked());
    if (m_defaultAccount->currentIndex() >= 0)
        AppSettings::setDefaultAccountId(m_defaultAccount->currentData().toString());
    keepPrefetchOf(m_shownAccount);
    if (m_accounts != m_original)
        emit accountsChanged(m_accounts);
    QDialog::accept();
}

} // namespace Kestrel::Ui

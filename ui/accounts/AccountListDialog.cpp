#include "accounts/AccountListDialog.h"

#include "accounts/AccountSettingsForm.h"
#include "accounts/AccountStorage.h"
#include "accounts/AccountWizard.h"
#include "accounts/CachedFolderNames.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kestrel::Ui {

AccountListDialog::AccountListDialog(QList<AccountSettings> accounts, AccountStorage *storage,
                                     DiscoveryOptions discovery, QWidget *parent)
    : QDialog(parent)
    , m_accounts(std::move(accounts))
    , m_storage(storage)
    , m_discovery(std::move(discovery))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_enable(new QPushButton(tr("&Disable"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Accounts"));
    m_message->setWordWrap(true);
    connect(m_add, &QPushButton::clicked, this, [this] { openWizard(nullptr); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            openWizard(&m_accounts[currentRow()]);
    });
    connect(m_list, &QListWidget::itemActivated, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &AccountListDialog::confirmRemoval);
    connect(m_enable, &QPushButton::clicked, this, &AccountListDialog::toggleEnabled);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountListDialog::updateButtons);
    connect(m_storage, &AccountStorage::failed, m_message, &QLabel::setText);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_enable, m_up, m_down})
        side->addWidget(button);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(close);
    refresh(m_accounts.isEmpty() ? -1 : 0);
}

AccountWizard *AccountListDialog::wizard() const
{
    return m_wizard;
}

QMessageBox *AccountListDialog::confirmation() const
{
    return m_confirmation;
}

int AccountListDialog::currentRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_accounts.size() ? row : -1;
}

void AccountListDialog::refresh(int selectRow)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const AccountSettings &account : std::as_const(m_accounts)) {
            QString text = tr("%1 <%2>").arg(account.displayName, account.email);
            if (!account.enabled)
                text = tr("%1 (disabled)").arg(text);
            m_list->addItem(text);
        }
        m_list->setCurrentRow(selectRow);
    }
    updateButtons();
}

void AccountListDialog::updateButtons()
{
    const int row = currentRow();
    for (QPushButton *button : {m_edit, m_remove, m_enable})
        button->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_accounts.size());
    m_enable->setText(row >= 0 && !m_accounts[row].enabled ? tr("&Enable") : tr("&Disable"));
}

void AccountListDialog::openWizard(const AccountSettings *editing)
{
    if (m_wizard)
        m_wizard->close();
    m_wizard = new AccountWizard(m_storage->credentials(), m_discovery, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (editing) {
        m_wizard->setAccount(*editing);
        readCachedFolderNames(m_storage->cachePath(), editing->id, m_wizard,
                              [wizard = m_wizard](const QStringList &folders) { wizard->form()->setFolderChoices(folders); });
    }
    connect(m_wizard, &AccountWizard::accountReady, this, &AccountListDialog::onAccountReady);
    m_wizard->open();
}

void AccountListDialog::onAccountReady(const AccountSettings &settings, const QString &password)
{
    // Empty when an edit kept the saved password, and always for an OAuth2 account (it has none).
    if (!password.isEmpty() && settings.authentication != AccountSettings::Authentication::OAuth2)
        m_storage->storePassword(settings, password);
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                 [&](const AccountSettings &a) { return a.id == settings.id; });
    if (it != m_accounts.end()) {
        *it = settings;
        changed(int(it - m_accounts.begin()));
    } else {
        m_accounts.append(settings);
        changed(int(m_accounts.size()) - 1);
    }
}

void AccountListDialog::confirmRemoval()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AccountSettings account = m_accounts[row];
    m_confirmation = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                     tr("Remove the account \"%1\"?").arg(account.displayName),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setInformativeText(tr("Its mail stored on this computer and its saved password are deleted. "
                                          "The mail on the server is not touched."));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::finished, this, [this, account](int result) {
        if (result != QMessageBox::Yes)
            return;
        const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                     [&](const AccountSettings &a) { return a.id == account.id; });
        if (it == m_accounts.end())
            return;
        const int row = int(it - m_accounts.begin());
        m_accounts.erase(it);
        m_storage->remove(account);
        changed(std::min(row, int(m_accounts.size()) - 1));
    });
    m_confirmation->open();
}

void AccountListDialog::toggleEnabled()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_accounts[row].enabled = !m_accounts[row].enabled;
    changed(row);
}

void AccountListDialog::move(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_accounts.size())
        return;
    m_accounts.swapItemsAt(row, target);
    changed(target);
}

void AccountListDialog::changed(int selectRow)
{
    refresh(selectRow);
    m_storage->save(m_accounts);
    emit accountsChanged(m_accounts);
}

} // namespace Kestrel::Ui

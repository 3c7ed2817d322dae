#include "accounts/AccountOptionsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QSpinBox>

namespace Kestrel::Ui {

AccountOptionsForm::AccountOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_syncWindow(new QSpinBox(this))
    , m_pushFolders(new QListWidget(this))
    , m_sent(new QComboBox(this))
    , m_drafts(new QComboBox(this))
    , m_trash(new QComboBox(this))
{
    m_syncWindow->setRange(0, 36500);
    m_syncWindow->setSpecialValueText(tr("All mail"));
    m_syncWindow->setPrefix(tr("the last "));
    m_syncWindow->setSuffix(tr(" days"));
    m_syncWindow->setToolTip(tr("Older mail stays on the server but is not kept on this computer."));
    m_pushFolders->setToolTip(tr("New mail in the checked folders shows up at once (IDLE); each uses a connection "
                                 "of its own."));
    m_pushFolders->setMaximumHeight(120);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Synchronise:"), m_syncWindow);
    layout->addRow(tr("&Watch for new mail in:"), m_pushFolders);
    layout->addRow(tr("Sen&t messages:"), m_sent);
    layout->addRow(tr("&Drafts:"), m_drafts);
    layout->addRow(tr("De&leted messages:"), m_trash);
    rebuildFolderWidgets(AccountSettings());
}

void AccountOptionsForm::apply(AccountSettings &settings) const
{
    settings.syncWindowDays = m_syncWindow->value();
    settings.pushFolders.clear();
    for (int row = 0; row < m_pushFolders->count(); ++row) {
        const QListWidgetItem *item = m_pushFolders->item(row);
        if (item->checkState() == Qt::Checked)
            settings.pushFolders << item->data(Qt::UserRole).toString();
    }
    settings.sentFolder = chosenFolder(m_sent);
    settings.draftsFolder = chosenFolder(m_drafts);
    settings.trashFolder = chosenFolder(m_trash);
}

void AccountOptionsForm::setSettings(const AccountSettings &settings)
{
    m_syncWindow->setValue(settings.syncWindowDays);
    rebuildFolderWidgets(settings);
}

void AccountOptionsForm::setFolderChoices(const QStringList &folders)
{
    AccountSettings current;
    apply(current); // keep what the user has chosen so far
    m_folders = folders;
    rebuildFolderWidgets(current);
}

void AccountOptionsForm::rebuildFolderWidgets(const AccountSettings &settings)
{
    QStringList push = m_folders;
    if (!push.contains(QStringLiteral("INBOX")))
        push.prepend(QStringLiteral("INBOX")); // offered before the first sync too
    for (const QString &folder : settings.pushFolders) {
        if (!push.contains(folder))
            push << folder;
    }
    m_pushFolders->clear();
    for (const QString &folder : std::as_const(push)) {
        auto *item = new QListWidgetItem(folder, m_pushFolders);
        item->setData(Qt::UserRole, folder);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(settings.pushFolders.contains(folder) ? Qt::Checked : Qt::Unchecked);
    }
    fillRoleBox(m_sent, m_folders, settings.sentFolder);
    fillRoleBox(m_drafts, m_folders, settings.draftsFolder);
    fillRoleBox(m_trash, m_folders, settings.trashFolder);
}

void AccountOptionsForm::fillRoleBox(QComboBox *box, const QStringList &folders, const QString &chosen)
{
    box->clear();
    box->addItem(tr("Automatic"), QString());
    QStringList names = folders;
    if (!chosen.isEmpty() && !names.contains(chosen))
        names << chosen; // chosen earlier, not in the cache now: still the user's choice
    for (const QString &folder : std::as_const(names))
        box->addItem(folder, folder);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

QString AccountOptionsForm::chosenFolder(const QComboBox *box)
{
    return box->currentData().toString();
}

} // namespace Kestrel::Ui

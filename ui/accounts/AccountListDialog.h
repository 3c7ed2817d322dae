#pragma once

#include "account/AccountSettings.h"
#include "account/autoconfig/DiscoveryOptions.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;

namespace Kestrel::Ui {

class AccountStorage;
class AccountWizard;

// Settings > Accounts: the accounts in their order, with Add (the wizard), Edit, Remove (after a
// confirmation: deletes the cached mail and the keychain entry, never the mail on the server), Disable /
// Enable and Move Up / Down. Every change is saved at once through AccountStorage and announced with
// accountsChanged() so that the window can follow. Nothing modal blocks: the wizard and the confirmation
// are opened, not exec()'d.
class AccountListDialog : public QDialog
{
    Q_OBJECT
public:
    AccountListDialog(QList<AccountSettings> accounts, AccountStorage *storage, DiscoveryOptions discovery = {},
                      QWidget *parent = nullptr);

    const QList<AccountSettings> &accounts() const { return m_accounts; }

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    AccountWizard *wizard() const;
    QMessageBox *confirmation() const;
    QLabel *messageLabel() const { return m_message; }

signals:
    void accountsChanged(const QList<Kestrel::AccountSettings> &accounts);

private:
    void refresh(int selectRow);
    void updateButtons();
    int currentRow() const;
    void openWizard(const AccountSettings *editing);
    void onAccountReady(const AccountSettings &settings, const QString &password);
    void confirmRemoval();
    void toggleEnabled();
    void move(int delta);
    void changed(int selectRow);

    QList<AccountSettings> m_accounts;
    AccountStorage *m_storage;
    DiscoveryOptions m_discovery;
    QListWidget *m_list;
    QPushButton *m_add, *m_edit, *m_remove, *m_enable, *m_up, *m_down;
    QLabel *m_message;
    QPointer<AccountWizard> m_wizard;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace Kestrel::Ui

#pragma once

#include "account/AccountSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kestrel::Ui {

// Asks for an account's password when no keychain can hold it (issue 7), saying why: the reason the
// CredentialStore gave, and that the password is kept in memory until Kestrel quits. Never modal.
class SessionPasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    SessionPasswordPrompt(const AccountSettings &account, const QString &reason, QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *reasonLabel() const { return m_reason; }

signals:
    void passwordEntered(const QString &accountId, const QString &password);

private:
    QString m_accountId;
    QLabel *m_reason;
    QLineEdit *m_password;
    QPushButton *m_ok;
};

} // namespace Kestrel::Ui

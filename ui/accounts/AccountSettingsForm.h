#pragma once

#include "account/AccountSettings.h"

#include <QWidget>

class QLineEdit;

namespace Kestrel::Ui {

class ServerSettingsEditor;

// The editable connection settings of one account: name, address, user name, IMAP and SMTP servers.
// Fields this form does not show (identities, prefetch, pins, ...) are kept from setSettings().
class AccountSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit AccountSettingsForm(QWidget *parent = nullptr);

    AccountSettings settings() const;
    void setSettings(const AccountSettings &settings);
    // A message naming the first missing value, or empty when the form is complete.
    QString missingValue() const;

    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *userNameEdit() const { return m_userName; }
    ServerSettingsEditor *imapEditor() const { return m_imap; }
    ServerSettingsEditor *smtpEditor() const { return m_smtp; }

signals:
    void edited();

private:
    AccountSettings m_base;
    QLineEdit *m_displayName;
    QLineEdit *m_email;
    QLineEdit *m_userName;
    ServerSettingsEditor *m_imap;
    ServerSettingsEditor *m_smtp;
};

} // namespace Kestrel::Ui

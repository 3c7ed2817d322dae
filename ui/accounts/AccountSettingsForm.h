#pragma once

#include "account/AccountSettings.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Kestrel::Ui {

class ServerSettingsEditor;

// The editable settings of one account: name, address, user name, IMAP and SMTP servers, and what is
// kept for offline reading. Fields this form does not show (identities, pins, ...) are kept from
// setSettings().
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
    QComboBox *prefetchBox() const { return m_prefetch; }
    QSpinBox *prefetchDaysBox() const { return m_prefetchDays; }

signals:
    void edited();

private:
    AccountSettings m_base;
    QLineEdit *m_displayName;
    QLineEdit *m_email;
    QLineEdit *m_userName;
    ServerSettingsEditor *m_imap;
    ServerSettingsEditor *m_smtp;
    QComboBox *m_prefetch;
    QSpinBox *m_prefetchDays;
};

} // namespace Kestrel::Ui

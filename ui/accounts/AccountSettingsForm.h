#pragma once

#include "account/AccountSettings.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Kestrel::Ui {

class AccountOptionsForm;
class IdentitiesEditor;
class ServerSettingsEditor;

// The editable settings of one account: name, address, user name, IMAP and SMTP servers, and what is
// kept for offline reading; on further tabs the sync options (AccountOptionsForm) and the identities
// with their signatures (IdentitiesEditor). Fields this form does not show (pins, OAuth2, ...) are kept
// from setSettings().
class AccountSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit AccountSettingsForm(QWidget *parent = nullptr);

    AccountSettings settings() const;
    void setSettings(const AccountSettings &settings);
    // A message naming the first missing value, or empty when the form is complete.
    QString missingValue() const;
    // The account's cached folders, offered for push and for the Sent / Drafts / Trash choices.
    void setFolderChoices(const QStringList &folders);

    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *userNameEdit() const { return m_userName; }
    ServerSettingsEditor *imapEditor() const { return m_imap; }
    ServerSettingsEditor *smtpEditor() const { return m_smtp; }
    QComboBox *prefetchBox() const { return m_prefetch; }
    QSpinBox *prefetchDaysBox() const { return m_prefetchDays; }
    AccountOptionsForm *options() const { return m_options; }
    IdentitiesEditor *identities() const { return m_identities; }
    QTabWidget *tabs() const { return m_tabs; }

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
    AccountOptionsForm *m_options;
    IdentitiesEditor *m_identities;
    QTabWidget *m_tabs = nullptr;
};

} // namespace Kestrel::Ui

#pragma once

#include "account/AccountSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace Kestrel::Ui {

// Edit > Settings: what users change most. Language, mark-as-read delay, remote content, new-mail
// notifications and the default account are application settings (AppSettings, QSettings); the
// offline prefetch belongs to an account, so it is edited for the default account chosen here and
// handed back through accountsChanged for the caller to save (off the GUI thread, AccountStorage).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(QList<AccountSettings> accounts, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *markReadBox() const { return m_markRead; }
    QDoubleSpinBox *markReadDelayBox() const { return m_markReadDelay; }
    QCheckBox *remoteContentBox() const { return m_remoteContent; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QComboBox *defaultAccountBox() const { return m_defaultAccount; }
    QComboBox *prefetchBox() const { return m_prefetch; }
    QSpinBox *prefetchDaysBox() const { return m_prefetchDays; }

    void accept() override;

signals:
    // Only when an account's prefetch changed; the list is complete, in its order.
    void accountsChanged(const QList<Kestrel::AccountSettings> &accounts);

private:
    QWidget *makeGeneralPage();
    QWidget *makeReadingPage();
    QWidget *makeAccountPage();
    void loadValues();
    void showPrefetchOf(int accountIndex);
    void keepPrefetchOf(int accountIndex);

    QList<AccountSettings> m_accounts;
    QList<AccountSettings> m_original;
    int m_shownAccount = -1;
    QComboBox *m_language = nullptr;
    QCheckBox *m_markRead = nullptr;
    QDoubleSpinBox *m_markReadDelay = nullptr;
    QCheckBox *m_remoteContent = nullptr;
    QCheckBox *m_notifications = nullptr;
    QComboBox *m_defaultAccount = nullptr;
    QComboBox *m_prefetch = nullptr;
    QSpinBox *m_prefetchDays = nullptr;
};

} // namespace Kestrel::Ui

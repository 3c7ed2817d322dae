#pragma once

#include "account/AccountSettings.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace Kestrel::Ui {

// An account's sync options (issue 7): how many days of mail are synced (0: all), which folders IDLE
// watches, and which folders stand for Sent, Drafts and Trash ("Automatic": the server's SPECIAL-USE
// folder, else the conventional name). The folders offered are the account's cached ones
// (setFolderChoices); a chosen folder that is not cached (yet) stays selectable so nothing is lost.
class AccountOptionsForm : public QWidget
{
    Q_OBJECT
public:
    explicit AccountOptionsForm(QWidget *parent = nullptr);

    // Writes the form's values into `settings`, leaving the other fields alone.
    void apply(AccountSettings &settings) const;
    void setSettings(const AccountSettings &settings);
    void setFolderChoices(const QStringList &folders);

    QSpinBox *syncWindowBox() const { return m_syncWindow; }
    QListWidget *pushFolderList() const { return m_pushFolders; }
    QComboBox *sentBox() const { return m_sent; }
    QComboBox *draftsBox() const { return m_drafts; }
    QComboBox *trashBox() const { return m_trash; }

private:
    void rebuildFolderWidgets(const AccountSettings &settings);
    static void fillRoleBox(QComboBox *box, const QStringList &folders, const QString &chosen);
    static QString chosenFolder(const QComboBox *box);

    QStringList m_folders;
    QSpinBox *m_syncWindow;
    QListWidget *m_pushFolders;
    QComboBox *m_sent;
    QComboBox *m_drafts;
    QComboBox *m_trash;
};

} // namespace Kestrel::Ui

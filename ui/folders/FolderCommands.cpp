#include "folders/FolderCommands.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Kestrel::Ui {

FolderCommands::FolderCommands(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
}

bool FolderCommands::isUserFolder(const FolderInfo &folder)
{
    return !folder.name.isEmpty() && folder.role == SpecialUse::None
        && folder.name.compare(QStringLiteral("INBOX"), Qt::CaseInsensitive) != 0;
}

QString FolderCommands::nameProblem(const QString &name, const QString &delimiter)
{
    if (name.trimmed().isEmpty())
        return tr("A folder needs a name.");
    if (!delimiter.isEmpty() && name.contains(delimiter))
        return tr("A folder name cannot contain “%1”: the server uses it to separate folder levels.").arg(delimiter);
    if (name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('%')))
        return tr("A folder name cannot contain “*” or “%”.");
    return {};
}

void FolderCommands::askName(const QString &title, const QString &label, const QString &initial,
                             const QString &delimiter, std::function<void(const QString &)> accepted)
{
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("folderNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, dialog, delimiter, accepted](const QString &text) {
        const QString name = text.trimmed();
        const QString problem = nameProblem(name, delimiter);
        if (problem.isEmpty()) {
            accepted(name);
            return;
        }
        // The dialog has closed: say why and leave the user's text for another try in a new one.
        auto *box = new QMessageBox(QMessageBox::Warning, dialog->windowTitle(), problem, QMessageBox::Ok, m_dialogParent);
        box->setObjectName(QStringLiteral("folderNameProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void FolderCommands::newFolder(const QString &accountId, const FolderInfo &parent, const QString &delimiter)
{
    const QString prefix = parent.name.isEmpty() ? QString() : parent.name + delimiter;
    askName(tr("New Folder"), parent.name.isEmpty() ? tr("Name of the new folder:")
                                                    : tr("Name of the new folder in “%1”:").arg(parent.leafName()),
            {}, delimiter, [this, accountId, prefix](const QString &name) {
                Sync::UserAction action;
                action.kind = Sync::UserAction::Kind::CreateFolder;
                action.folder = prefix + name;
                emit actionRequested(accountId, action);
            });
}

void FolderCommands::renameFolder(const FolderInfo &folder)
{
    if (!isUserFolder(folder))
        return;
    const QString prefix = folder.name.left(folder.name.size() - folder.leafName().size());
    askName(tr("Rename Folder"), tr("New name of “%1”:").arg(folder.leafName()), folder.leafName(), folder.delimiter,
            [this, folder, prefix](const QString &name) {
                if (prefix + name == folder.name)
                    return;
                Sync::UserAction action;
                action.kind = Sync::UserAction::Kind::RenameFolder;
                action.folder = folder.name;
                action.target = prefix + name;
                emit actionRequested(folder.accountId, action);
            });
}

void FolderCommands::deleteFolder(const FolderInfo &folder)
{
    if (!isUserFolder(folder))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Folder"),
                                tr("Delete the folder “%1” and the %n message(s) in it? This cannot be undone.", nullptr,
                                   int(folder.totalCount))
                                    .arg(folder.leafName()),
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("deleteFolderConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel); // Enter must not delete a folder
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, folder](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        Sync::UserAction action;
        action.kind = Sync::UserAction::Kind::DeleteFolder;
        action.folder = folder.name;
        emit actionRequested(folder.accountId, action);
    });
    box->open();
}

void FolderCommands::markAllRead(const FolderInfo &folder)
{
    if (folder.name.isEmpty())
        return;
    Sync::UserAction action;
    action.kind = Sync::UserAction::Kind::MarkFolderRead;
    action.folder = folder.name;
    emit actionRequested(folder.accountId, action);
}

void FolderCommands::setSubscribed(const FolderInfo &folder, bool subscribed)
{
    if (folder.name.isEmpty())
        return;
    Sync::UserAction action;
    action.kind = subscribed ? Sync::UserAction::Kind::SubscribeFolder : Sync::UserAction::Kind::UnsubscribeFolder;
    action.folder = folder.name;
    emit actionRequested(folder.accountId, action);
}

} // namespace Kestrel::Ui

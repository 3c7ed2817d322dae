#include "MainWindowActions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace Kestrel::Ui {

MainWindowActions::MainWindowActions(QObject *parent)
    : QObject(parent)
{
    newMessage = make(tr("&New Message"), QKeySequence::New, QStringLiteral("mail-message-new"));
    getMail = make(tr("&Get Mail"), QKeySequence(Qt::Key_F5), QStringLiteral("mail-receive"));
    localDrafts = make(tr("&Drafts…"), QKeySequence());
    localDrafts->setObjectName(QStringLiteral("showLocalDrafts"));
    quit = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"));
    reply = make(tr("&Reply"), QKeySequence(Qt::Key_R), QStringLiteral("mail-reply-sender"));
    replyAll = make(tr("Reply &All"), QKeySequence(Qt::SHIFT | Qt::Key_R), QStringLiteral("mail-reply-all"));
    forward = make(tr("&Forward"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("mail-forward"));
    forwardAsAttachment = make(tr("Forward as A&ttachment"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("mail-forward"));
    forwardAsAttachment->setObjectName(QStringLiteral("forwardAsAttachment"));
    editDraft = make(tr("&Edit Draft"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("document-edit"));
    editDraft->setObjectName(QStringLiteral("editDraft"));
    deleteMessage = make(tr("&Delete"), QKeySequence::Delete, QStringLiteral("edit-delete"));
    toggleRead = make(tr("Mark as &Read/Unread"), QKeySequence(Qt::Key_M));
    toggleFlag = make(tr("&Flag/Unflag"), QKeySequence(Qt::Key_S));
    toggleThreads = make(tr("&Threads"), QKeySequence(Qt::CTRL | Qt::Key_T));
    toggleThreads->setCheckable(true);
    quickFilter = make(tr("&Quick Filter"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), QStringLiteral("view-filter"));
    nextUnread = make(tr("&Next Unread Message"), QKeySequence(Qt::Key_N), QStringLiteral("go-next"));
    readOn = make(tr("Read &On"), QKeySequence(Qt::Key_Space));
    newFolder = make(tr("&New Folder…"), QKeySequence(), QStringLiteral("folder-new"));
    renameFolder = make(tr("&Rename Folder…"), QKeySequence(Qt::Key_F2), QStringLiteral("edit-rename"));
    deleteFolder = make(tr("&Delete Folder…"), QKeySequence(), QStringLiteral("edit-delete"));
    subscribeFolder = make(tr("&Subscribe"), QKeySequence());
    unsubscribeFolder = make(tr("&Unsubscribe"), QKeySequence());
    markFolderRead = make(tr("&Mark Folder Read"), QKeySequence(Qt::SHIFT | Qt::Key_C), QStringLiteral("mail-mark-read"));
    accounts = make(tr("&Accounts…"), QKeySequence());
    accounts->setObjectName(QStringLiteral("showAccounts"));
    // Desktops disagree on Preferences (Ctrl+, on some, none on others); Ctrl+, is the common one.
    settings = make(tr("&Settings…"), QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)),
                    QStringLiteral("configure"));
    settings->setObjectName(QStringLiteral("showSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    about = make(tr("&About Kestrel"), QKeySequence(), QStringLiteral("help-about"));
}

QAction *MainWindowActions::make(const QString &text, const QKeySequence &shortcut, const QString &iconName)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    return action;
}

} // namespace Kestrel::Ui

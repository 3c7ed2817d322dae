#pragma once

#include <QObject>

class QAction;

namespace Kestrel::Ui {

// Every user action of the main window, with its shortcut, so menus, toolbars and context menus share
// one QAction each (and the shortcut is shown wherever the action appears).
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    explicit MainWindowActions(QObject *parent);

    QAction *newMessage = nullptr;
    QAction *getMail = nullptr;
    QAction *localDrafts = nullptr;   // the drafts kept on this computer, to reopen
    QAction *quit = nullptr;
    QAction *reply = nullptr;
    QAction *replyAll = nullptr;
    QAction *forward = nullptr;
    QAction *forwardAsAttachment = nullptr; // the original as a message/rfc822 attachment
    QAction *editDraft = nullptr; // a message of a Drafts folder, in the composer
    QAction *deleteMessage = nullptr;
    QAction *toggleRead = nullptr;
    QAction *toggleFlag = nullptr;
    QAction *toggleThreads = nullptr;
    QAction *quickFilter = nullptr;   // focuses the filter bar's text field
    QAction *nextUnread = nullptr;
    QAction *readOn = nullptr;        // Space: page down in the reader, then the next unread message
    QAction *newFolder = nullptr;
    QAction *renameFolder = nullptr;
    QAction *deleteFolder = nullptr;
    QAction *markFolderRead = nullptr;
    QAction *subscribeFolder = nullptr;
    QAction *unsubscribeFolder = nullptr;
    QAction *accounts = nullptr;      // the account list (add, edit, remove, reorder)
    QAction *settings = nullptr;      // Edit > Settings… (SettingsDialog)
    QAction *about = nullptr;

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &iconName = {});
};

} // namespace Kestrel::Ui

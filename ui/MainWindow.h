#pragma once

#include "account/AccountSettings.h"

#include <QMainWindow>

class QLabel;
class QStandardItemModel;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace Kestrel::Ui {

class MainWindowActions;

// The main window: layout and wiring only. Folder tree | message list over reader, menus, status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QTreeView *folderView() const { return m_folderView; }
    QTreeView *messageView() const { return m_messageView; }
    QTextBrowser *readerView() const { return m_readerView; }

    // Shows the profile's accounts as the folder tree's top-level nodes. A stand-in until the folder
    // model of the reading issue lists each account's folders from the cache.
    void setAccounts(const QList<AccountSettings> &accounts);

private:
    void buildPanes();
    void buildMenus();
    void buildStatusBar();
    void showAbout();

    MainWindowActions *m_actions = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QTreeView *m_folderView = nullptr;
    QTreeView *m_messageView = nullptr;
    QTextBrowser *m_readerView = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QStandardItemModel *m_folderModel = nullptr;
};

} // namespace Kestrel::Ui

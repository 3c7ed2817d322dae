#pragma once

#include <QMainWindow>

class QLabel;
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
};

} // namespace Kestrel::Ui

#pragma once

#include "account/AccountSettings.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace Kestrel::Ui {
class ComposerLauncher;
class ComposerWindow;
class MainWindow;
} // namespace Kestrel::Ui

namespace Kestrel::App {

// What Kestrel does with the arguments it was started with, or that a later launch handed over
// (SingleInstance): each mailto: link opens a filled composer from the default account; the main
// window comes to the front; anything else is named in the status bar rather than ignored.
class LaunchArguments : public QObject
{
    Q_OBJECT
public:
    using Accounts = std::function<QList<AccountSettings>()>;
    LaunchArguments(Ui::MainWindow &window, Ui::ComposerLauncher &composers, Accounts accounts, QObject *parent = nullptr);

    void open(const QStringList &arguments);

private:
    void compose(const QString &link);
    // Test hook: with KESTREL_TEST_COMPOSER_LOG set, each composer opened from a link appends what its
    // fields show as one JSON line, so a test driving two real processes can see the result.
    static void logForTests(const Ui::ComposerWindow &composer);

    Ui::MainWindow &m_window;
    Ui::ComposerLauncher &m_composers;
    Accounts m_accounts;
};

} // namespace Kestrel::App

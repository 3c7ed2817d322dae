#pragma once

#include "sync/push/PushTypes.h"

#include <QObject>

class QSystemTrayIcon;

namespace Kestrel::Ui {

// The tray icon with the unread count and a notification for mail that arrives while Kestrel runs.
// Where the desktop has no system tray it does nothing (and says so through isAvailable()).
class NewMailNotifier : public QObject
{
    Q_OBJECT
public:
    explicit NewMailNotifier(QObject *parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }
    void setUnreadCount(int unread);
    // The text of the notification for `mail` (also used when there is no tray, for the status bar).
    static QString describe(const Sync::NewMail &mail, const QString &accountName);
    // A notification for `mail`, unless the user turned them off in Settings (AppSettings).
    void notify(const Sync::NewMail &mail, const QString &accountName);
    static bool shouldNotify(const Sync::NewMail &mail);

signals:
    void activated(); // the user clicked the tray icon or the notification

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Kestrel::Ui

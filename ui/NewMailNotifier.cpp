#include "NewMailNotifier.h"

#include "settings/AppSettings.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Kestrel::Ui {

NewMailNotifier::NewMailNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull() ? QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon)
                                                                      : QApplication::windowIcon(),
                                 this);
    connect(m_tray, &QSystemTrayIcon::activated, this, &NewMailNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &NewMailNotifier::activated);
    setUnreadCount(0);
    m_tray->show();
}

void NewMailNotifier::setUnreadCount(int unread)
{
    if (m_tray)
        m_tray->setToolTip(unread > 0 ? tr("Kestrel: %n unread message(s)", nullptr, unread) : tr("Kestrel"));
}

QString NewMailNotifier::describe(const Sync::NewMail &mail, const QString &accountName)
{
    const int count = int(mail.messages.size());
    QString text = tr("%n new message(s) in %1 (%2)", nullptr, count).arg(mail.folder, accountName);
    if (count == 1) {
        const MessageSummary &message = mail.messages.first();
        const QString from = message.from.isEmpty() ? QString() : message.from.first().shortName();
        text += QLatin1Char('\n') + tr("From %1: %2").arg(from, message.subject);
    }
    return text;
}

bool NewMailNotifier::shouldNotify(const Sync::NewMail &mail)
{
    return !mail.messages.isEmpty() && AppSettings::newMailNotifications();
}

void NewMailNotifier::notify(const Sync::NewMail &mail, const QString &accountName)
{
    if (m_tray && shouldNotify(mail))
        m_tray->showMessage(tr("New mail"), describe(mail, accountName), QSystemTrayIcon::Information, 8000);
}

} // namespace Kestrel::Ui

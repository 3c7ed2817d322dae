#include "settings/AppSettings.h"

#include "list/ReadMarker.h"

#include <QSettings>

namespace Kestrel::Ui::AppSettings {
namespace {

const QString notificationsKey = QStringLiteral("notifications/newMail");
const QString remoteContentKey = QStringLiteral("reading/loadRemoteContentAlways");
const QString defaultAccountKey = QStringLiteral("compose/defaultAccount");

} // namespace

QString languageKey()
{
    return QStringLiteral("ui/language");
}

QString language()
{
    return QSettings().value(languageKey()).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(languageKey(), code);
}

int markReadDelayMs()
{
    return ReadMarker::delayMs();
}

void setMarkReadDelayMs(int milliseconds)
{
    QSettings().setValue(ReadMarker::delaySetting(), milliseconds);
}

bool newMailNotifications()
{
    return QSettings().value(notificationsKey, true).toBool();
}

void setNewMailNotifications(bool on)
{
    QSettings().setValue(notificationsKey, on);
}

bool loadRemoteContentAlways()
{
    return QSettings().value(remoteContentKey, false).toBool();
}

void setLoadRemoteContentAlways(bool on)
{
    QSettings().setValue(remoteContentKey, on);
}

QString defaultAccountId()
{
    return QSettings().value(defaultAccountKey).toString();
}

void setDefaultAccountId(const QString &id)
{
    QSettings().setValue(defaultAccountKey, id);
}

AccountSettings defaultAccount(const QList<AccountSettings> &accounts)
{
    return findAccount(accounts, defaultAccountId()).value_or(accounts.value(0));
}

} // namespace Kestrel::Ui::AppSettings

#pragma once

#include "account/AccountSettings.h"

#include <QString>

namespace Kestrel::Ui {

// The application-wide preferences of the Settings dialog, kept in QSettings (per-account options
// live in accounts.json). One place for the keys so the dialog and the code that obeys them agree.
namespace AppSettings {

// "" follows the system locale; otherwise a language code ("en", "ru", "lv"). Read once at start.
QString language();
void setLanguage(const QString &code);
QString languageKey();

// Milliseconds a message is shown before it is marked read; 0 at once, negative never
// (ReadMarker reads it each time a message is shown).
int markReadDelayMs();
void setMarkReadDelayMs(int milliseconds);

// Tray notifications for new mail (the status bar line stays either way).
bool newMailNotifications();
void setNewMailNotifications(bool on);

// Load remote content in every message instead of asking per sender. Off by default: remote images
// tell the sender when and where a message was read.
bool loadRemoteContentAlways();
void setLoadRemoteContentAlways(bool on);

// The account new messages and mailto: links are written from ("" : the first account).
QString defaultAccountId();
void setDefaultAccountId(const QString &id);
// That account among `accounts`, else the first (an empty AccountSettings when there is none).
AccountSettings defaultAccount(const QList<AccountSettings> &accounts);

} // namespace AppSettings
} // namespace Kestrel::Ui

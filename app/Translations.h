#pragma once

#include <QString>

class QCoreApplication;

namespace Kestrel::App {

// Installs Kestrel's and Qt's own translators for `language` (a locale name such as "ru" or "lv_LV"),
// or for the system's UI languages when it is empty. Returns the language chosen ("en" when none fits).
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace Kestrel::App

#pragma once

#include <QObject>
#include <QPalette>

class QApplication;
class QDBusVariant;

namespace Kestrel::Ui {

// Makes the application's palette follow the system's light or dark mode on Qt 6.4, which has no
// QStyleHints::colorScheme yet (6.5). Where the platform theme already switches the palette (macOS,
// Windows with dark mode, KDE) Qt delivers the change as ApplicationPaletteChange and every widget,
// the reader's colours included (ReaderColours), follows by itself. On desktops whose theme plugin does
// not (GNOME and others that only tell the XDG desktop portal), the portal's
// org.freedesktop.appearance color-scheme is read and watched over D-Bus, without blocking, and a
// dark palette is applied or the platform's restored.
class SystemColorScheme : public QObject
{
    Q_OBJECT
public:
    enum class Scheme { NoPreference, Dark, Light }; // the portal's values 0, 1, 2

    explicit SystemColorScheme(QApplication &app);

    // What the portal said last (NoPreference until it answers, or when there is none).
    Scheme scheme() const { return m_scheme; }
    // Applies `scheme` as if the system had announced it (the portal's signal ends here too).
    void setScheme(Scheme scheme);

    // A dark palette in the spirit of the platform's light one (Fusion's roles).
    static QPalette darkPalette();

private slots:
    // org.freedesktop.portal.Settings.SettingChanged (connected by name: QtDBus needs a slot).
    void onPortalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void watchPortal();
    void readPortal();

    QApplication &m_app;
    QPalette m_platformPalette;
    Scheme m_scheme = Scheme::NoPreference;
    bool m_applied = false; // our dark palette is in use
};

// Call once from main() after the QApplication exists.
SystemColorScheme *applySystemColorScheme(QApplication &app);

} // namespace Kestrel::Ui

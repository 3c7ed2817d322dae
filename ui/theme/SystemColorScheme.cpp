#include "SystemColorScheme.h"

#include "ReaderColours.h"

#include <QApplication>

#ifdef KESTREL_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace Kestrel::Ui {
namespace {

#ifdef KESTREL_HAVE_DBUS
const char *const PortalService = "org.freedesktop.portal.Desktop";
const char *const PortalPath = "/org/freedesktop/portal/desktop";
const char *const SettingsInterface = "org.freedesktop.portal.Settings";
const char *const AppearanceNamespace = "org.freedesktop.appearance";
const char *const ColorSchemeKey = "color-scheme";

// Read() answers a variant inside a variant (a quirk of the portal's first version).
uint unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toUInt();
}
#endif

} // namespace

SystemColorScheme::SystemColorScheme(QApplication &app)
    : QObject(&app)
    , m_app(app)
    , m_platformPalette(QApplication::palette())
{
    watchPortal();
}

QPalette SystemColorScheme::darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf5));
    dark.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9a, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    return dark;
}

void SystemColorScheme::setScheme(Scheme scheme)
{
    m_scheme = scheme;
    const bool platformDark = ReaderColours::isDark(m_platformPalette);
    if (scheme == Scheme::Dark && !platformDark && !m_applied) {
        m_applied = true;
        QApplication::setPalette(darkPalette()); // every widget gets a PaletteChange and follows
    } else if (scheme != Scheme::Dark && m_applied) {
        m_applied = false;
        QApplication::setPalette(m_platformPalette);
    }
}

void SystemColorScheme::watchPortal()
{
#ifdef KESTREL_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(QLatin1String(PortalService), QLatin1String(PortalPath), QLatin1String(SettingsInterface), QStringLiteral("SettingChanged"),
                this, SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
    readPortal();
#endif
}

void SystemColorScheme::readPortal()
{
#ifdef KESTREL_HAVE_DBUS
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(PortalService), QLatin1String(PortalPath),
                                                       QLatin1String(SettingsInterface), QStringLiteral("Read"));
    call << QLatin1String(AppearanceNamespace) << QLatin1String(ColorSchemeKey);
    // Asynchronous: a slow or missing portal never holds up the start of the window.
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QVariant> reply = *finished;
        if (!reply.isError())
            setScheme(Scheme(qBound(0u, unwrap(reply.value()), 2u)));
    });
#endif
}

void SystemColorScheme::onPortalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
#ifdef KESTREL_HAVE_DBUS
    if (group == QLatin1String(AppearanceNamespace) && key == QLatin1String(ColorSchemeKey))
        setScheme(Scheme(qBound(0u, unwrap(value.variant()), 2u)));
#else
    Q_UNUSED(group);
    Q_UNUSED(key);
    Q_UNUSED(value);
#endif
}

SystemColorScheme *applySystemColorScheme(QApplication &app)
{
    if (auto *existing = app.findChild<SystemColorScheme *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new SystemColorScheme(app);
}

} // namespace Kestrel::Ui

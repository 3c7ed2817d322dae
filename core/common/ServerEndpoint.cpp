#include "common/ServerEndpoint.h"

namespace Kestrel {

QString toString(ConnectionSecurity security)
{
    switch (security) {
    case ConnectionSecurity::Tls: return QStringLiteral("tls");
    case ConnectionSecurity::StartTls: return QStringLiteral("starttls");
    case ConnectionSecurity::None: return QStringLiteral("none");
    }
    return QStringLiteral("tls");
}

ConnectionSecurity connectionSecurityFromString(const QString &text, bool *ok)
{
    if (ok)
        *ok = true;
    if (text == QLatin1String("starttls"))
        return ConnectionSecurity::StartTls;
    if (text == QLatin1String("none"))
        return ConnectionSecurity::None;
    if (ok && text != QLatin1String("tls"))
        *ok = false;
    return ConnectionSecurity::Tls; // unknown text never weakens security
}

} // namespace Kestrel

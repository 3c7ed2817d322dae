#include "sync/EnableExtensions.h"

#include "imap/session/Capabilities.h"

namespace Kestrel::Sync {

QList<QByteArray> extensionsToEnable(const Imap::Capabilities &capabilities)
{
    QList<QByteArray> wanted;
    if (!capabilities.has("ENABLE"))
        return wanted;
    if (capabilities.has("QRESYNC"))
        wanted << "CONDSTORE" << "QRESYNC";
    if (capabilities.has("UTF8=ACCEPT"))
        wanted << "UTF8=ACCEPT";
    return wanted;
}

} // namespace Kestrel::Sync

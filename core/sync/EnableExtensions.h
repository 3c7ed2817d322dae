#pragma once

#include <QByteArray>
#include <QList>

namespace Kestrel::Imap {
class Capabilities;
}

namespace Kestrel::Sync {

// What every connection of the sync engine turns on with ENABLE (RFC 5161), from what the server
// offers: CONDSTORE and QRESYNC together (RFC 7162 3.2.3), and UTF8=ACCEPT (RFC 6855) so mailbox names
// and headers travel as UTF-8. Empty when there is nothing to enable (no ENABLE command is sent then).
QList<QByteArray> extensionsToEnable(const Imap::Capabilities &capabilities);

} // namespace Kestrel::Sync

#include "imap/parser/Envelope.h"

namespace Kestrel::Imap {

QByteArray Address::emailAddress() const
{
    if (host.isEmpty())
        return mailbox;
    return mailbox + '@' + host;
}

} // namespace Kestrel::Imap

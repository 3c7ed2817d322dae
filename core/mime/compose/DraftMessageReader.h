#pragma once

#include "common/OutgoingMessage.h"

#include <QByteArray>

namespace Kestrel::Mime {

// The reverse of OutgoingMessageBuilder for a draft the user reopens from the server's Drafts folder:
// From, To, Cc, Bcc (a draft keeps it, see OutgoingMessageBuilder::Options::keepBcc), Subject, the
// plain-text body, threading headers and every attachment with its decoded bytes and file name
// (RFC 2231 / RFC 2047 decoded), so that sending the reopened draft sends what was attached.
// accountId and the origin (which message it answers) are not in the bytes: the caller sets them.
class DraftMessageReader
{
public:
    static OutgoingMessage read(const QByteArray &rawMessage);
};

} // namespace Kestrel::Mime

#pragma once

#include "common/OutgoingMessage.h"
#include "send/OutboxEntry.h"

namespace Kestrel::Ui {

// Edit on a waiting message: its stored bytes (parsed with core/mime) become the composer's message
// again. Bcc is not in the bytes (it never is when sending): it is the envelope's recipients that are
// neither in To nor in Cc.
class OutboxEditing
{
public:
    static OutgoingMessage messageOf(const Send::OutboxEntry &entry);
};

} // namespace Kestrel::Ui

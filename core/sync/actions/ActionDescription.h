#pragma once

#include "cache/OfflineQueue.h"

#include <QString>

namespace Kestrel::Sync {

// One line saying what a queued action does, for the CLI's `queue` and the GUI's pending-actions view:
// "INBOX 12,13 +\Seen", "INBOX 12 -> Archive". Syntax, not prose: IMAP names and flag atoms as they are.
QString describeAction(const OfflineAction &queued);

} // namespace Kestrel::Sync

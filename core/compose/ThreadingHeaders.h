#pragma once

#include "common/MessageSummary.h"

#include <QStringList>

namespace Kestrel::Compose {

// In-Reply-To and References of a reply (RFC 5322 section 3.6.4): the parent's Message-ID, and the
// parent's References (or its In-Reply-To when it has none) followed by that id. Long chains keep the
// thread's root and the newest ids: headers stay short and every client can still thread the reply.
class ThreadingHeaders
{
public:
    static constexpr int MaxReferences = 12;

    static QString inReplyTo(const MessageSummary &parent) { return parent.messageId; }
    static QStringList references(const MessageSummary &parent);
    // The root and the newest MaxReferences - 1 ids, duplicates and ids without brackets dropped.
    static QStringList trimmed(const QStringList &ids);
};

} // namespace Kestrel::Compose

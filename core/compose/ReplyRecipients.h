#pragma once

#include "account/AccountSettings.h"
#include "common/MessageSummary.h"

namespace Kestrel::Compose {

struct Recipients {
    AddressList to;
    AddressList cc;
};

// Who a reply goes to.
// - Reply: the Reply-To addresses when there are any, else the sender. On a mailing-list message
//   (List-Id, RFC 2919) whose Reply-To is only the list itself (a list that "munges" Reply-To), a
//   reply goes to the author: a private answer must not land on the list by surprise; Reply All
//   reaches the list. Replying to one's own message goes to its recipients again.
// - Reply all: that, plus the original To and Cc, without the user's own addresses and without
//   duplicates (addresses compare without case). The original Bcc is never used.
class ReplyRecipients
{
public:
    static Recipients forReply(const MessageSummary &original, const QList<Identity> &own);
    static Recipients forReplyAll(const MessageSummary &original, const QList<Identity> &own);
    // "dev@lists.example.org" is the address of the list with List-Id "<dev.lists.example.org>".
    static bool isListAddress(const QString &email, const QString &listId);

private:
    static AddressList author(const MessageSummary &original, const QList<Identity> &own);
};

} // namespace Kestrel::Compose

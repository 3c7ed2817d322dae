#pragma once

#include "imap/commands/ImapCommand.h"
#include "imap/commands/StatusItems.h"

namespace Kestrel::Imap {

struct StatusResult : CommandResult {
    MailboxStatus status;
};

// STATUS (RFC 3501 6.3.10): counts of a mailbox without selecting it. Items the server does not
// offer (HIGHESTMODSEQ without CONDSTORE, SIZE without STATUS=SIZE) are left out.
class StatusCommand : public TypedCommand<StatusResult>
{
public:
    StatusCommand(QString mailbox, StatusItems items = DefaultStatusItems);

    QByteArray name() const override { return QByteArrayLiteral("STATUS"); }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;

private:
    QString m_mailbox;
    StatusItems m_items;
};

// Whether a STATUS response names `mailbox` (RFC 3501 5.1: INBOX in any case).
bool sameMailbox(const QString &a, const QString &b);

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

// The commands that take a mailbox name and return nothing but a status: CREATE, DELETE, RENAME,
// SUBSCRIBE, UNSUBSCRIBE (RFC 3501 6.3.3 - 6.3.7). Names are sent in modified UTF-7, or UTF-8 once
// UTF8=ACCEPT is enabled.
class MailboxCommand : public TypedCommand<CommandResult>
{
public:
    enum class Kind { Create, Delete, Rename, Subscribe, Unsubscribe };

    MailboxCommand(Kind kind, QString mailbox, QString newName = {});

    QByteArray name() const override;
    void start(CommandContext &context) override;

private:
    Kind m_kind;
    QString m_mailbox;
    QString m_newName;
};

} // namespace Kestrel::Imap

#include "imap/commands/StatusCommand.h"

namespace Kestrel::Imap {

bool sameMailbox(const QString &a, const QString &b)
{
    const auto inbox = QLatin1String("INBOX");
    if (a.compare(inbox, Qt::CaseInsensitive) == 0)
        return b.compare(inbox, Qt::CaseInsensitive) == 0;
    return a == b;
}

StatusCommand::StatusCommand(QString mailbox, StatusItems items)
    : m_mailbox(std::move(mailbox))
    , m_items(items)
{
}

void StatusCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("STATUS").mailbox(m_mailbox);
    writeStatusItems(out.writer, m_items, context.capabilities());
    send(context, out);
}

bool StatusCommand::untagged(const Response &response, CommandContext &)
{
    const auto *status = std::get_if<MailboxStatus>(&response);
    if (!status || !sameMailbox(status->mailbox, m_mailbox))
        return false;
    m_result.status = *status;
    return true;
}

} // namespace Kestrel::Imap

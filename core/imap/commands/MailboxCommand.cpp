#include "imap/commands/MailboxCommand.h"

namespace Kestrel::Imap {

MailboxCommand::MailboxCommand(Kind kind, QString mailbox, QString newName)
    : m_kind(kind)
    , m_mailbox(std::move(mailbox))
    , m_newName(std::move(newName))
{
}

QByteArray MailboxCommand::name() const
{
    switch (m_kind) {
    case Kind::Create: return QByteArrayLiteral("CREATE");
    case Kind::Delete: return QByteArrayLiteral("DELETE");
    case Kind::Rename: return QByteArrayLiteral("RENAME");
    case Kind::Subscribe: return QByteArrayLiteral("SUBSCRIBE");
    case Kind::Unsubscribe: return QByteArrayLiteral("UNSUBSCRIBE");
    }
    return QByteArray();
}

void MailboxCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    out.writer.atom(name()).mailbox(m_mailbox);
    if (m_kind == Kind::Rename)
        out.writer.mailbox(m_newName);
    send(context, out);
}

} // namespace Kestrel::Imap

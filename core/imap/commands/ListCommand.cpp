#include "imap/commands/ListCommand.h"

#include "imap/session/Capabilities.h"

#include <QSet>

namespace Kestrel::Imap {
namespace {

// A mailbox listed twice is still one mailbox. A looping server that lists one name 50,000 times would
// otherwise cost 50,000 STATUS commands and as many folder rows (hostile transcript 047).
void dropRepeatedNames(QList<ListEntry> &mailboxes)
{
    QSet<QByteArray> seen;
    mailboxes.removeIf([&seen](const ListEntry &entry) {
        if (seen.contains(entry.mailbox.rawName))
            return true;
        seen.insert(entry.mailbox.rawName);
        return false;
    });
}

} // namespace

ListCommand::ListCommand(QString pattern, QString reference)
    : m_pattern(std::move(pattern))
    , m_reference(std::move(reference))
{
}

void ListCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    out.writer.atom(name()).mailbox(m_reference).mailbox(m_pattern);
    if (!m_lsub)
        writeReturnOptions(out.writer, context);
    m_listTag = send(context, out);
}

// RFC 5258 3 (RETURN), RFC 6154 5.1 (SPECIAL-USE), RFC 5819 2 (STATUS).
void ListCommand::writeReturnOptions(CommandWriter &writer, CommandContext &context)
{
    const Capabilities &capabilities = context.capabilities();
    if (!capabilities.has("LIST-EXTENDED"))
        return;
    const bool specialUse = m_specialUse && capabilities.has("SPECIAL-USE");
    m_result.listStatus = m_statusItems && capabilities.has("LIST-STATUS");
    if (!specialUse && !m_result.listStatus)
        return;
    writer.atom("RETURN").beginList();
    if (specialUse)
        writer.atom("SPECIAL-USE");
    if (m_result.listStatus) {
        writer.atom("STATUS");
        writeStatusItems(writer, m_statusItems, capabilities);
    }
    writer.endList();
}

ListEntry *ListCommand::entryFor(const QByteArray &rawName)
{
    for (ListEntry &entry : m_result.mailboxes) {
        if (entry.mailbox.rawName == rawName)
            return &entry;
    }
    return nullptr;
}

bool ListCommand::untagged(const Response &response, CommandContext &)
{
    if (const auto *list = std::get_if<ListResponse>(&response)) {
        if (list->lsub != m_lsub || !m_statusTags.isEmpty())
            return false;
        m_result.mailboxes << ListEntry{*list, std::nullopt};
        return true;
    }
    const auto *status = std::get_if<MailboxStatus>(&response);
    if (!status || !m_statusItems)
        return false;
    ListEntry *entry = entryFor(status->rawMailbox);
    if (!entry)
        return false;
    entry->status = *status;
    return true;
}

void ListCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    if (status.tag != m_listTag) { // one of the fallback STATUS commands
        m_statusTags.remove(status.tag); // a NO (e.g. mailbox vanished meanwhile) leaves it without counts
        if (m_statusTags.isEmpty())
            complete();
        return;
    }
    dropRepeatedNames(m_result.mailboxes);
    if (status.condition != StatusCondition::Ok || !m_statusItems || m_result.listStatus || m_lsub) {
        finish(status, context);
        return;
    }
    result().status = status;
    sendStatusCommands(context);
    if (m_statusTags.isEmpty())
        complete();
}

// The fallback without LIST-STATUS: STATUS for each selectable mailbox, all pipelined.
void ListCommand::sendStatusCommands(CommandContext &context)
{
    const MailboxAttributes unselectable = MailboxAttributes(MailboxAttribute::NoSelect) | MailboxAttribute::NonExistent;
    for (const ListEntry &entry : std::as_const(m_result.mailboxes)) {
        if (entry.mailbox.attributes & unselectable)
            continue;
        CommandContext::Outgoing out = context.begin();
        out.writer.atom("STATUS").astring(entry.mailbox.rawName);
        writeStatusItems(out.writer, m_statusItems, context.capabilities());
        m_statusTags.insert(send(context, out));
    }
}

} // namespace Kestrel::Imap

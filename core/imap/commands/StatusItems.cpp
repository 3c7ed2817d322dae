#include "imap/commands/StatusItems.h"

#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {

void writeStatusItems(CommandWriter &writer, StatusItems items, const Capabilities &capabilities)
{
    static const struct {
        StatusItem item;
        const char *atom;
    } names[] = {
        {StatusItem::Messages, "MESSAGES"}, {StatusItem::Recent, "RECENT"},
        {StatusItem::UidNext, "UIDNEXT"},   {StatusItem::UidValidity, "UIDVALIDITY"},
        {StatusItem::Unseen, "UNSEEN"},     {StatusItem::HighestModSeq, "HIGHESTMODSEQ"},
        {StatusItem::Size, "SIZE"},
    };
    if (!capabilities.has("CONDSTORE"))
        items &= ~StatusItems(StatusItem::HighestModSeq);
    if (!capabilities.has("STATUS=SIZE"))
        items &= ~StatusItems(StatusItem::Size);
    if (!items)
        items = StatusItem::Messages; // status-att-list needs at least one item
    writer.beginList();
    for (const auto &name : names) {
        if (items.testFlag(name.item))
            writer.atom(name.atom);
    }
    writer.endList();
}

} // namespace Kestrel::Imap

#include "imap/commands/IdCommand.h"

#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {

void IdCommand::start(CommandContext &context)
{
    if (!context.capabilities().has("ID")) {
        m_result.supported = false;
        complete();
        return;
    }
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("ID");
    if (m_client.isEmpty()) {
        out.writer.atom("NIL");
    } else {
        out.writer.beginList();
        for (const auto &[field, value] : std::as_const(m_client))
            out.writer.string(field).string(value); // RFC 2971 3.3: strings, at most 30 pairs
        out.writer.endList();
    }
    send(context, out);
}

bool IdCommand::untagged(const Response &response, CommandContext &)
{
    const auto *id = std::get_if<IdResponse>(&response);
    if (!id)
        return false;
    m_result.server = id->fields;
    return true;
}

} // namespace Kestrel::Imap

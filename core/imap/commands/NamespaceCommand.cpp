#include "imap/commands/NamespaceCommand.h"

#include "imap/session/Capabilities.h"
#include "imap/session/SessionErrors.h"

namespace Kestrel::Imap {

void NamespaceCommand::start(CommandContext &context)
{
    if (!context.capabilities().has("NAMESPACE")) {
        fail(SessionErrors::notSupported(context.serverName(), name()));
        return;
    }
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("NAMESPACE");
    send(context, out);
}

bool NamespaceCommand::untagged(const Response &response, CommandContext &)
{
    const auto *namespaces = std::get_if<NamespaceResponse>(&response);
    if (!namespaces)
        return false;
    m_result.namespaces = *namespaces;
    return true;
}

} // namespace Kestrel::Imap

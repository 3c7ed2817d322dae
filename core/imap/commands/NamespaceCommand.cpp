#include "imap/commands/NamespaceCommand.h"

#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {

void NamespaceCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    if (context.capabilities().has("NAMESPACE")) {
        out.writer.atom("NAMESPACE");
    } else {
        m_result.synthesized = true;
        m_result.namespaces.personal = {NamespaceDescriptor{}}; // "" until LIST tells the delimiter
        out.writer.atom("LIST").string("").string("");
    }
    send(context, out);
}

bool NamespaceCommand::untagged(const Response &response, CommandContext &)
{
    if (m_result.synthesized) {
        const auto *list = std::get_if<ListResponse>(&response);
        if (!list || list->lsub || !list->name.isEmpty())
            return false;
        m_result.namespaces.personal.first().delimiter = list->delimiter;
        return true;
    }
    const auto *namespaces = std::get_if<NamespaceResponse>(&response);
    if (!namespaces)
        return false;
    m_result.namespaces = *namespaces;
    return true;
}

} // namespace Kestrel::Imap

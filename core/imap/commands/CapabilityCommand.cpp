#include "imap/commands/CapabilityCommand.h"

namespace Kestrel::Imap {

void CapabilityCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("CAPABILITY");
    send(context, out);
}

bool CapabilityCommand::untagged(const Response &response, CommandContext &)
{
    const auto *capability = std::get_if<CapabilityResponse>(&response);
    if (!capability)
        return false;
    m_result.capabilities = capability->capabilities;
    return true;
}

void CapabilityCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    // RFC 3501 7.2.1 requires the untagged response; take the response code if that is all we got.
    if (m_result.capabilities.isEmpty() && status.code.kind == ResponseCodeKind::Capability) {
        m_result.capabilities = status.code.list;
        context.setCapabilities(status.code.list);
    }
    finish(status, context);
}

} // namespace Kestrel::Imap

#include "imap/commands/EnableCommand.h"

#include "imap/session/Capabilities.h"

namespace Kestrel::Imap {

void EnableCommand::start(CommandContext &context)
{
    const Capabilities &capabilities = context.capabilities();
    QList<QByteArray> wanted;
    for (const QByteArray &extension : std::as_const(m_extensions)) {
        if (capabilities.has(extension))
            wanted << extension;
    }
    if (!capabilities.has("ENABLE") || wanted.isEmpty()) {
        complete();
        return;
    }
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("ENABLE");
    for (const QByteArray &extension : std::as_const(wanted))
        out.writer.atom(extension);
    send(context, out);
}

bool EnableCommand::untagged(const Response &response, CommandContext &context)
{
    const auto *enabled = std::get_if<EnabledResponse>(&response);
    if (!enabled)
        return false;
    m_result.enabled += enabled->capabilities;
    context.setEnabled(enabled->capabilities);
    return true;
}

} // namespace Kestrel::Imap

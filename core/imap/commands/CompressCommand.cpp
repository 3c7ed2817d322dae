#include "imap/commands/CompressCommand.h"

#include "imap/session/Capabilities.h"
#include "imap/session/SessionErrors.h"

namespace Kestrel::Imap {

void CompressCommand::start(CommandContext &context)
{
    if (!context.capabilities().has("COMPRESS=DEFLATE")) {
        fail(SessionErrors::notSupported(context.serverName(), QByteArrayLiteral("COMPRESS=DEFLATE")));
        return;
    }
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("COMPRESS").atom("DEFLATE");
    send(context, out);
}

void CompressCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    if (status.condition == StatusCondition::Ok)
        context.startCompression();
    finish(status, context);
}

} // namespace Kestrel::Imap

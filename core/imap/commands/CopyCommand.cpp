#include "imap/commands/CopyCommand.h"

namespace Kestrel::Imap {

bool takeCopyUid(const ResponseCode &code, CopyResult &result)
{
    if (code.kind == ResponseCodeKind::TryCreate)
        result.tryCreate = true;
    if (code.kind != ResponseCodeKind::CopyUid)
        return false;
    result.uidValidity = code.uidValidity;
    result.sourceUids = code.sourceUids;
    result.destinationUids = code.uids;
    return true;
}

CopyCommand::CopyCommand(SequenceSet uids, QString destination)
    : m_uids(std::move(uids))
    , m_destination(std::move(destination))
{
}

void CopyCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("UID").atom("COPY").sequenceSet(m_uids).mailbox(m_destination);
    send(context, out);
}

void CopyCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    takeCopyUid(status.code, m_result);
    finish(status, context);
}

} // namespace Kestrel::Imap

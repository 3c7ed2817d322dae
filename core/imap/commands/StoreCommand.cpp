#include "imap/commands/StoreCommand.h"

#include "imap/commands/FlagList.h"
#include "imap/session/Capabilities.h"
#include "imap/session/SelectedMailboxState.h"

namespace Kestrel::Imap {

bool fetchConcerns(const FetchResponse &fetch, const SequenceSet &uids, CommandContext &context)
{
    const quint32 uid = fetch.uid.value_or(context.mailbox().uidForSequence(fetch.sequence));
    return uid != 0 && uids.contains(uid); // "n:*" covers every UID from n up (RFC 3501 6.4.8)
}

StoreCommand::StoreCommand(SequenceSet uids, Mode mode, QList<QByteArray> flags, bool silent)
    : m_uids(std::move(uids))
    , m_mode(mode)
    , m_flags(std::move(flags))
    , m_silent(silent)
{
}

void StoreCommand::start(CommandContext &context)
{
    CommandContext::Outgoing out = context.begin();
    out.writer.atom("UID").atom("STORE").sequenceSet(m_uids);
    if (m_unchangedSince && context.capabilities().has("CONDSTORE")) {
        m_result.conditional = true;
        out.writer.beginList().atom("UNCHANGEDSINCE").number(*m_unchangedSince).endList();
    }
    QByteArray item = m_mode == Mode::Add ? QByteArrayLiteral("+FLAGS") : m_mode == Mode::Remove ? QByteArrayLiteral("-FLAGS") : QByteArrayLiteral("FLAGS");
    if (m_silent)
        item += ".SILENT";
    out.writer.atom(item);
    writeFlagList(out.writer, m_flags);
    send(context, out);
}

bool StoreCommand::untagged(const Response &response, CommandContext &context)
{
    const auto *fetch = std::get_if<FetchResponse>(&response);
    if (!fetch || !fetchConcerns(*fetch, m_uids, context))
        return false;
    m_result.updated << *fetch;
    return true;
}

void StoreCommand::tagged(const TaggedStatus &status, CommandContext &context)
{
    if (status.code.kind == ResponseCodeKind::Modified)
        m_result.modified = status.code.uids;
    finish(status, context);
}

} // namespace Kestrel::Imap

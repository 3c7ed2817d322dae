#pragma once

#include "imap/commands/ImapCommand.h"

#include <optional>

namespace Kestrel::Imap {

struct ExpungeResult : CommandResult {
    SequenceSet vanished;               // UIDs reported by VANISHED (QRESYNC, RFC 7162 3.2.10)
    QList<quint32> expungedSequences;   // EXPUNGE responses, in the order sent (RFC 3501 7.4.1)
};

// EXPUNGE (RFC 3501 6.4.3) and UID EXPUNGE (RFC 4315 2.1). UID EXPUNGE removes only the given
// UIDs, so other clients' \Deleted messages survive; it needs UIDPLUS and is never replaced by a
// plain EXPUNGE. Plain EXPUNGE shifts sequence numbers: a barrier.
class ExpungeCommand : public TypedCommand<ExpungeResult>
{
public:
    ExpungeCommand() = default;
    explicit ExpungeCommand(SequenceSet uids)
        : m_uids(std::move(uids))
    {
    }

    QByteArray name() const override { return m_uids ? QByteArrayLiteral("UID EXPUNGE") : QByteArrayLiteral("EXPUNGE"); }
    Pipelining pipelining() const override { return m_uids ? Pipelining::Independent : Pipelining::Barrier; }
    bool allowedIn(SessionState state) const override { return state == SessionState::Selected; }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;

private:
    std::optional<SequenceSet> m_uids;
};

} // namespace Kestrel::Imap

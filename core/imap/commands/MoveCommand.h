#pragma once

#include "imap/commands/CopyCommand.h"

namespace Kestrel::Imap {

struct MoveResult : CopyResult {
    SequenceSet vanished;     // UIDs the server reported gone from the source mailbox
    bool usedFallback = false;  // COPY + STORE \Deleted (+ UID EXPUNGE) instead of MOVE
    // No UIDPLUS: the originals were copied and flagged \Deleted but NOT expunged, because a plain
    // EXPUNGE would also remove other clients' \Deleted messages. The caller decides what to show.
    bool leftFlaggedDeleted = false;
};

// UID MOVE (RFC 6851 3.2). Without MOVE: UID COPY, then UID STORE +FLAGS.SILENT (\Deleted), then
// UID EXPUNGE of exactly those UIDs (RFC 4315 2.1) — each step only after the previous succeeded,
// and no mailbox change can slip in between (a barrier waits for the whole operation).
class MoveCommand : public TypedCommand<MoveResult>
{
public:
    MoveCommand(SequenceSet uids, QString destination);

    QByteArray name() const override;
    bool allowedIn(SessionState state) const override { return state == SessionState::Selected; }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

private:
    enum class Step { Move, Copy, Store, Expunge };

    void sendStep(Step step, CommandContext &context);

    SequenceSet m_uids;
    QString m_destination;
    Step m_step = Step::Move;
};

} // namespace Kestrel::Imap

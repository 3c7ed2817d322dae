#pragma once

#include "imap/commands/ImapCommand.h"

#include <optional>

namespace Kestrel::Imap {

struct StoreResult : CommandResult {
    QList<FetchResponse> updated; // FETCH (UID FLAGS [MODSEQ]) answers (none with .SILENT)
    SequenceSet modified;         // [MODIFIED ...]: UIDs left alone by UNCHANGEDSINCE (RFC 7162 3.1.3)
    bool conditional = false;     // UNCHANGEDSINCE was sent (needs CONDSTORE)
};

// UID STORE (RFC 3501 6.4.6 / 6.4.8), optionally conditional: (UNCHANGEDSINCE modseq) (RFC 7162
// 3.1.3). Without CONDSTORE the store is sent unconditionally and `conditional` says so.
class StoreCommand : public TypedCommand<StoreResult>
{
public:
    enum class Mode { Add, Remove, Replace };

    StoreCommand(SequenceSet uids, Mode mode, QList<QByteArray> flags, bool silent = false);

    void setUnchangedSince(quint64 modSeq) { m_unchangedSince = modSeq; }

    QByteArray name() const override { return QByteArrayLiteral("UID STORE"); }
    bool allowedIn(SessionState state) const override { return state == SessionState::Selected; }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

private:
    SequenceSet m_uids;
    Mode m_mode;
    QList<QByteArray> m_flags;
    bool m_silent;
    std::optional<quint64> m_unchangedSince;
};

// Whether a FETCH response is about one of `uids` (by its UID, or by the session's seq -> UID map).
bool fetchConcerns(const FetchResponse &fetch, const SequenceSet &uids, CommandContext &context);

} // namespace Kestrel::Imap

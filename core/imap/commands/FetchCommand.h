#pragma once

#include "imap/commands/FetchItems.h"
#include "imap/commands/ImapCommand.h"

#include <functional>
#include <optional>

namespace Kestrel::Imap {

struct FetchResult : CommandResult {
    QList<FetchResponse> messages; // empty when streaming
    SequenceSet vanished;          // (CHANGEDSINCE m VANISHED): UIDs expunged since m (RFC 7162 3.2.6)
    bool changedSinceUsed = false; // false without CONDSTORE: every message in the set was fetched
};

// UID FETCH (RFC 3501 6.4.5 / 6.4.8) with optional (CHANGEDSINCE modseq [VANISHED])
// (RFC 7162 3.1.4.1 / 3.2.6). FETCH responses for the requested UIDs are collected, or handed to a
// streaming handler one by one (for 100k-message syncs; the handler runs while the session
// dispatches, so it must not destroy the session).
class FetchCommand : public TypedCommand<FetchResult>
{
public:
    FetchCommand(SequenceSet uids, FetchItems items);

    void setChangedSince(quint64 modSeq, bool vanished = false);
    void setStreaming(std::function<void(const FetchResponse &)> handler) { m_stream = std::move(handler); }

    QByteArray name() const override { return QByteArrayLiteral("UID FETCH"); }
    bool allowedIn(SessionState state) const override { return state == SessionState::Selected; }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;

private:
    SequenceSet m_uids;
    FetchItems m_items;
    std::optional<quint64> m_changedSince;
    bool m_vanished = false;
    std::function<void(const FetchResponse &)> m_stream;
};

} // namespace Kestrel::Imap

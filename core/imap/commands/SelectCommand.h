#pragma once

#include "imap/commands/ImapCommand.h"
#include "imap/session/SelectedMailboxState.h"

#include <optional>

namespace Kestrel::Imap {

// What the client remembers of a mailbox for a quick resync (RFC 7162 3.2.5).
struct QresyncParameters {
    quint32 uidValidity = 0;
    quint64 modSeq = 0;
    SequenceSet knownUids; // optional: limits VANISHED (EARLIER) to these UIDs
};

struct SelectResult : CommandResult {
    SelectedMailboxState::Snapshot mailbox; // EXISTS, UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ, FLAGS, ...
    quint32 recent = 0;
    quint32 firstUnseen = 0;            // [UNSEEN n]: a sequence number, 0 when not sent
    bool qresync = false;               // the QRESYNC parameter was sent
    SequenceSet vanished;               // VANISHED (EARLIER) since modSeq (QRESYNC)
    QList<FetchResponse> changed;       // FETCH (UID FLAGS MODSEQ) of messages changed since modSeq
};

// SELECT and EXAMINE (RFC 3501 6.3.1 / 6.3.2), with (CONDSTORE) (RFC 7162 3.1.8) or
// (QRESYNC (uidvalidity modseq [known-uids])) (RFC 7162 3.2.5) when the server allows. A mailbox
// change: a barrier. On OK the session is Selected; on NO nothing is selected (RFC 3501 6.3.1).
class SelectCommand : public TypedCommand<SelectResult>
{
public:
    enum class Mode { Select, Examine };

    explicit SelectCommand(QString mailbox, Mode mode = Mode::Select);

    // Ask for (CONDSTORE) when the server offers it and QRESYNC is not in use.
    void setCondstore(bool enabled) { m_condstore = enabled; }
    // Used when QRESYNC was ENABLEd; otherwise ignored (the caller falls back to CONDSTORE or a
    // full flag sync, which the result's `qresync` tells).
    void setQresync(const QresyncParameters &parameters) { m_qresync = parameters; }

    QByteArray name() const override;
    Pipelining pipelining() const override { return Pipelining::Barrier; }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

private:
    void writeParameters(CommandWriter &writer, CommandContext &context);
    void collectCode(const ResponseCode &code);

    QString m_mailbox;
    Mode m_mode;
    bool m_condstore = false;
    std::optional<QresyncParameters> m_qresync;
    bool m_waitForClosed = false; // data for the old mailbox may come until [CLOSED]
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

struct CopyResult : CommandResult {
    // COPYUID (RFC 4315 3): source and destination UIDs pair up by position. Empty without UIDPLUS.
    quint32 uidValidity = 0;
    SequenceSet sourceUids;
    SequenceSet destinationUids;
    bool tryCreate = false;
};

// Reads a COPYUID response code into `result`; false when the code is something else.
bool takeCopyUid(const ResponseCode &code, CopyResult &result);

// UID COPY (RFC 3501 6.4.7 / 6.4.8).
class CopyCommand : public TypedCommand<CopyResult>
{
public:
    CopyCommand(SequenceSet uids, QString destination);

    QByteArray name() const override { return QByteArrayLiteral("UID COPY"); }
    bool allowedIn(SessionState state) const override { return state == SessionState::Selected; }
    void start(CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

private:
    SequenceSet m_uids;
    QString m_destination;
};

} // namespace Kestrel::Imap

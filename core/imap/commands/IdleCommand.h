#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

// IDLE (RFC 2177): "tag IDLE", the server's "+", then updates arrive until we send DONE and the
// server completes the command. stop() may be called at any time; DONE goes out only after the
// "+" (RFC 2177 3), and an IDLE stopped before it started is never sent. IdleManager drives it.
class IdleCommand : public TypedCommand<CommandResult>
{
public:
    QByteArray name() const override { return QByteArrayLiteral("IDLE"); }
    Pipelining pipelining() const override { return Pipelining::Barrier; }
    bool allowedIn(SessionState state) const override { return state == SessionState::Selected; }
    void start(CommandContext &context) override;
    bool wantsContinuation() const override { return !m_idling; }
    void continuation(const ContinuationRequest &request, CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;
    bool isQuiet() const override { return m_idling && !m_doneSent; }

    // Ends the IDLE: DONE now, or right after the "+", or not at all if it has not started.
    void stop();
    bool isIdling() const { return m_idling && !m_doneSent; }

private:
    void sendDone();

    CommandContext *m_context = nullptr;
    bool m_idling = false;
    bool m_stopRequested = false;
    bool m_doneSent = false;
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/CommandContext.h"
#include "imap/commands/CommandResult.h"
#include "imap/parser/Response.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Kestrel::Imap {

// NotAuthenticated, Authenticated or Selected: commands valid in any state (RFC 3501 6.1).
bool isConnectedState(SessionState state);

// One IMAP operation (usually one tagged command; a fallback may take several, e.g. UID MOVE as
// COPY + STORE + UID EXPUNGE). The session's CommandQueue starts it, hands it the untagged
// responses it may claim and the tagged statuses of its tags, and delivers its result exactly once.
class ImapCommand
{
public:
    // RFC 3501 5.5: commands may be pipelined unless that makes the result ambiguous. A Barrier
    // waits until everything before it completed and holds back everything after it (STARTTLS,
    // authentication, SELECT/EXAMINE/CLOSE/UNSELECT, IDLE, COMPRESS, ENABLE, LOGOUT).
    enum class Pipelining { Independent, Barrier };

    ImapCommand() = default;
    virtual ~ImapCommand() = default;
    ImapCommand(const ImapCommand &) = delete;
    ImapCommand &operator=(const ImapCommand &) = delete;

    // The command's keyword for messages, e.g. "SELECT".
    virtual QByteArray name() const = 0;
    virtual Pipelining pipelining() const { return Pipelining::Independent; }
    // Commands with the same non-empty key never run at the same time, because their untagged
    // responses could not be told apart (two LISTs, two SEARCHes without ESEARCH).
    virtual QByteArray exclusiveKey() const { return {}; }
    // RFC 3501 6: the states a command is valid in. Default: Authenticated and Selected.
    virtual bool allowedIn(SessionState state) const;

    virtual void start(CommandContext &context) = 0;
    // An untagged response while the command runs; return true when it answers this command.
    virtual bool untagged(const Response &response, CommandContext &context);
    // The tagged status of one of this command's tags. Default: finish with it.
    virtual void tagged(const TaggedStatus &status, CommandContext &context);
    // Commands that talk through continuations ("+"): AUTHENTICATE, IDLE.
    virtual bool wantsContinuation() const { return false; }
    virtual void continuation(const ContinuationRequest &request, CommandContext &context);
    // True while the server may rightly stay silent for long (IDLE after its "+"): no timeout then.
    virtual bool isQuiet() const { return false; }
    // The connection ended (BYE, drop, timeout) while the command ran. Default: fail with `error`.
    virtual void connectionLost(const Error &error) { fail(error); }

    bool isFinished() const { return m_finished; }
    // OK completes; NO / BAD fail with an error quoting the server.
    void finish(const TaggedStatus &status, CommandContext &context);
    void complete();
    void fail(const Error &error);
    // Runs the callback; the queue calls it once, after removing the command.
    void deliver();

protected:
    // Queues a tagged command and remembers its (redacted) text for error messages.
    // Returns the tag.
    QByteArray send(CommandContext &context, CommandContext::Outgoing &command, const QByteArray &logText = {});
    const QByteArray &lastSent() const { return m_lastSent; }
    virtual CommandResult &result() = 0;
    virtual void invokeCallback() = 0;

private:
    QByteArray m_lastSent;
    bool m_finished = false;
    bool m_delivered = false;
};

// Base of concrete commands: holds the typed result and the caller's callback, which runs only
// while the context object it was given (if any) is alive.
template<class R>
class TypedCommand : public ImapCommand
{
public:
    using Result = R;
    using Callback = std::function<void(const R &)>;

    void onDone(QObject *context, Callback callback)
    {
        m_context = context;
        m_hasContext = context != nullptr;
        m_callback = std::move(callback);
    }

protected:
    CommandResult &result() override { return m_result; }
    void invokeCallback() override
    {
        if (m_callback && (!m_hasContext || m_context))
            m_callback(m_result);
    }

    R m_result;

private:
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Callback m_callback;
};

} // namespace Kestrel::Imap

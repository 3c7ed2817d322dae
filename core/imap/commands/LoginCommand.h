#pragma once

#include "imap/commands/ImapCommand.h"

#include <memory>

namespace Kestrel {
class ScramExchange;
}

namespace Kestrel::Imap {

struct LoginResult : CommandResult {
    QByteArray mechanism; // "SCRAM-SHA-256", "PLAIN" or "LOGIN": what was used
};

// Authentication (RFC 3501 6.2.2 / 6.2.3, RFC 9051 6.2). Picks the best the server offers:
// AUTHENTICATE SCRAM-SHA-256 (RFC 7677; the server's signature is verified), AUTHENTICATE PLAIN
// (RFC 4616; initial response inline with SASL-IR, RFC 4959), else LOGIN unless LOGINDISABLED.
// Afterwards the capabilities are refreshed: from the OK's [CAPABILITY] code or an untagged
// CAPABILITY when the server sent one, else by asking. The credentials are used for this command
// only, never logged (the protocol log shows "[redacted]") and wiped when it ends.
class LoginCommand : public TypedCommand<LoginResult>
{
public:
    enum class Mechanism { Automatic, ScramSha256, Plain, Login };

    LoginCommand(const QString &user, const QString &password, Mechanism mechanism = Mechanism::Automatic);
    ~LoginCommand() override;

    QByteArray name() const override;
    Pipelining pipelining() const override { return Pipelining::Barrier; }
    bool allowedIn(SessionState state) const override { return state == SessionState::NotAuthenticated; }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
    bool wantsContinuation() const override { return m_mechanism != Mechanism::Login && !m_loggedIn; }
    void continuation(const ContinuationRequest &request, CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;

private:
    Mechanism choose(CommandContext &context);
    void sendLogin(CommandContext &context);
    void sendAuthenticate(CommandContext &context);
    void continueScram(const ContinuationRequest &request, CommandContext &context);
    void abortExchange(CommandContext &context, const Error &error);
    void loggedIn(const TaggedStatus &status, CommandContext &context);
    QByteArray plainResponse() const;
    void wipe();

    QString m_user;
    QString m_password;
    Mechanism m_mechanism;
    std::unique_ptr<ScramExchange> m_scram;
    int m_step = 0;               // continuations answered
    bool m_serverVerified = false;
    bool m_sawCapability = false;
    bool m_loggedIn = false;
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/ImapCommand.h"

#include <memory>

namespace Kestrel {
class ScramExchange;
}

namespace Kestrel::Imap {

struct LoginResult : CommandResult {
    QByteArray mechanism; // "SCRAM-SHA-256", "PLAIN", "LOGIN", "OAUTHBEARER" or "XOAUTH2": what was used
};

// Authentication (RFC 3501 6.2.2 / 6.2.3, RFC 9051 6.2). Picks the best the server offers:
// AUTHENTICATE SCRAM-SHA-256 (RFC 7677; the server's signature is verified), AUTHENTICATE PLAIN
// (RFC 4616; initial response inline with SASL-IR, RFC 4959), else LOGIN unless LOGINDISABLED.
// With an OAuth2 access token instead of a password (withAccessToken): AUTHENTICATE OAUTHBEARER
// (RFC 7628) when offered, else XOAUTH2 (Gmail, Outlook); never a password mechanism.
// Afterwards the capabilities are refreshed: from the OK's [CAPABILITY] code or an untagged
// CAPABILITY when the server sent one, else by asking. The credentials are used for this command
// only, never logged (the protocol log shows "[redacted]") and wiped when it ends.
class LoginCommand : public TypedCommand<LoginResult>
{
public:
    enum class Mechanism { Automatic, ScramSha256, Plain, Login, OAuthBearer, XOAuth2 };

    LoginCommand(const QString &user, const QString &password, Mechanism mechanism = Mechanism::Automatic);
    static std::unique_ptr<LoginCommand> withAccessToken(const QString &user, const QString &accessToken);
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
    bool usesToken() const { return m_mechanism == Mechanism::OAuthBearer || m_mechanism == Mechanism::XOAuth2; }
    QByteArray oauthResponse() const;
    void continueOAuth(const ContinuationRequest &request, CommandContext &context);
    void wipe();

    QString m_user;
    QString m_password;
    Mechanism m_mechanism;
    bool m_accessToken = false;   // m_password holds an OAuth2 access token
    QString m_oauthProblem;       // the server's JSON error challenge (RFC 7628 3.2.2), for the error detail
    std::unique_ptr<ScramExchange> m_scram;
    int m_step = 0;               // continuations answered
    bool m_serverVerified = false;
    bool m_sawCapability = false;
    bool m_loggedIn = false;
};

} // namespace Kestrel::Imap

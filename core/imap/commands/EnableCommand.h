#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

struct EnableResult : CommandResult {
    QList<QByteArray> enabled; // what the server confirmed in "* ENABLED"
};

// ENABLE (RFC 5161), e.g. CONDSTORE QRESYNC (RFC 7162 3.2.3) and UTF8=ACCEPT (RFC 6855 3, which
// switches the parser and writer to UTF-8 mailbox names). Only extensions the server advertises
// are asked for; without ENABLE, or with nothing to ask, it completes at once with none enabled.
class EnableCommand : public TypedCommand<EnableResult>
{
public:
    explicit EnableCommand(QList<QByteArray> extensions)
        : m_extensions(std::move(extensions))
    {
    }

    QByteArray name() const override { return QByteArrayLiteral("ENABLE"); }
    // Changes how later responses are parsed (UTF8=ACCEPT): nothing may overtake it.
    Pipelining pipelining() const override { return Pipelining::Barrier; }
    // RFC 5161 3.1: only in the authenticated state.
    bool allowedIn(SessionState state) const override { return state == SessionState::Authenticated; }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;

private:
    QList<QByteArray> m_extensions;
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/ImapCommand.h"

#include <QPair>

namespace Kestrel::Imap {

struct IdResult : CommandResult {
    QList<QPair<QByteArray, QByteArray>> server; // "name", "version", ... (value null for NIL)
    bool supported = true; // false: the server lacks ID; nothing was sent and `server` is empty
};

// ID (RFC 2971 3.1): tells the server who we are and learns who it is. ID is only informational, so a
// server without it is not an error: the command completes at once with `supported` false.
class IdCommand : public TypedCommand<IdResult>
{
public:
    explicit IdCommand(QList<QPair<QByteArray, QByteArray>> client = {})
        : m_client(std::move(client))
    {
    }

    QByteArray name() const override { return QByteArrayLiteral("ID"); }
    QByteArray exclusiveKey() const override { return name(); }
    bool allowedIn(SessionState state) const override { return isConnectedState(state); }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;

private:
    QList<QPair<QByteArray, QByteArray>> m_client;
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/ImapCommand.h"

#include <QPair>

namespace Kestrel::Imap {

struct IdResult : CommandResult {
    QList<QPair<QByteArray, QByteArray>> server; // "name", "version", ... (value null for NIL)
};

// ID (RFC 2971 3.1): tells the server who we are and learns who it is. Fails with "not supported"
// when the server does not offer ID.
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

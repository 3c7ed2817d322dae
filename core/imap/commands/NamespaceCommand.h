#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

struct NamespaceResult : CommandResult {
    NamespaceResponse namespaces;
};

// NAMESPACE (RFC 2342 5): personal, other users' and shared namespaces with their delimiters.
// Fails with "not supported" when the server does not offer NAMESPACE.
class NamespaceCommand : public TypedCommand<NamespaceResult>
{
public:
    QByteArray name() const override { return QByteArrayLiteral("NAMESPACE"); }
    QByteArray exclusiveKey() const override { return name(); }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

struct NamespaceResult : CommandResult {
    NamespaceResponse namespaces;
    bool synthesized = false; // the server lacks NAMESPACE: one personal namespace made from LIST "" ""
};

// NAMESPACE (RFC 2342 5): personal, other users' and shared namespaces with their delimiters. Without
// the extension the answer is what RFC 2342 assumes for such servers: a single personal namespace ""
// whose delimiter comes from `LIST "" ""` (RFC 3501 6.3.8).
class NamespaceCommand : public TypedCommand<NamespaceResult>
{
public:
    QByteArray name() const override { return QByteArrayLiteral("NAMESPACE"); }
    // The fallback's LIST reply must not be confused with another LIST's, so never beside one.
    QByteArray exclusiveKey() const override { return QByteArrayLiteral("LIST"); }
    void start(CommandContext &context) override;
    bool untagged(const Response &response, CommandContext &context) override;
};

} // namespace Kestrel::Imap

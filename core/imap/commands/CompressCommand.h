#pragma once

#include "imap/commands/ImapCommand.h"

namespace Kestrel::Imap {

// COMPRESS DEFLATE (RFC 4978 3). After the tagged OK both directions are compressed; the switch
// happens while that OK is handled, before any later byte is read or written. Fails with "not
// supported" when COMPRESS=DEFLATE is not offered; NO [COMPRESSIONACTIVE] when already on.
class CompressCommand : public TypedCommand<CommandResult>
{
public:
    QByteArray name() const override { return QByteArrayLiteral("COMPRESS"); }
    Pipelining pipelining() const override { return Pipelining::Barrier; }
    void start(CommandContext &context) override;
    void tagged(const TaggedStatus &status, CommandContext &context) override;
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/parser/BodyPart.h"

#include <QByteArray>

#include <optional>

namespace Kestrel::Sync {

// The cache's copy of a message's BODYSTRUCTURE (MessageSummary::bodyStructure): the parsed tree in a
// small versioned binary form (QDataStream), so opening a message needs neither the server nor the
// IMAP parser. Everything of the tree is kept except the envelopes of message/rfc822 parts (the
// reader shows those by fetching the part); decode() leaves them null.
class BodyStructureCodec
{
public:
    static QByteArray encode(const Imap::BodyPart &root);
    // nullopt for empty, truncated, corrupt or newer-version data (the caller fetches BODYSTRUCTURE again).
    static std::optional<Imap::BodyPart> decode(const QByteArray &bytes);

    static constexpr quint8 Version = 1;
    // Bounds for data read back: a tree deeper or larger than this is treated as corrupt.
    static constexpr int MaxDepth = 64;
    static constexpr int MaxParts = 10000;
};

} // namespace Kestrel::Sync

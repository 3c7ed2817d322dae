#pragma once

#include "imap/parser/CommandWriter.h"

#include <QFlags>

namespace Kestrel::Imap {

class Capabilities;

// status-att (RFC 3501 6.3.10, RFC 7162 3.1.6 HIGHESTMODSEQ, RFC 8438 SIZE, RFC 9051 DELETED).
enum class StatusItem : quint16 {
    Messages = 1 << 0,
    Recent = 1 << 1,
    UidNext = 1 << 2,
    UidValidity = 1 << 3,
    Unseen = 1 << 4,
    HighestModSeq = 1 << 5, // only sent when CONDSTORE is offered
    Size = 1 << 6,          // only with STATUS=SIZE
};
Q_DECLARE_FLAGS(StatusItems, StatusItem)
Q_DECLARE_OPERATORS_FOR_FLAGS(StatusItems)

// What a folder list wants by default.
constexpr StatusItems DefaultStatusItems = StatusItems(StatusItem::Messages) | StatusItem::Unseen
    | StatusItem::UidNext | StatusItem::UidValidity | StatusItem::HighestModSeq;

// "(MESSAGES UNSEEN ...)", leaving out what the server does not offer.
void writeStatusItems(CommandWriter &writer, StatusItems items, const Capabilities &capabilities);

} // namespace Kestrel::Imap

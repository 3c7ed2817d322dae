#pragma once

#include "imap/parser/SequenceSet.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Kestrel::Imap {

// "* SEARCH 2 84 882 (MODSEQ 917162500)" (RFC 3501 7.2.5, RFC 7162 3.1.5)
struct SearchResponse {
    QList<quint32> numbers;            // sequence numbers or UIDs, depending on the command
    std::optional<quint64> modSeq;
};

// "* ESEARCH (TAG "A282") UID MIN 2 COUNT 3 ALL 2,10:11" (RFC 4731 3.1, RFC 7162 3.1.5)
struct ESearchResponse {
    QByteArray tag;                    // search-correlator; null when absent
    bool uid = false;
    std::optional<quint32> min;
    std::optional<quint32> max;
    std::optional<quint32> count;
    std::optional<SequenceSet> all;
    std::optional<quint64> modSeq;
};

// "* VANISHED (EARLIER) 300:310,405" (RFC 7162 3.2.10): UIDs, unlike EXPUNGE.
struct VanishedResponse {
    bool earlier = false;
    SequenceSet uids;
};

} // namespace Kestrel::Imap

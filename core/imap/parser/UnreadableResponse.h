#pragma once

#include <QByteArrayView>

namespace Kestrel::Imap {

// What to do with an untagged response the parser could not read. Noise ("* FOO BAR", stray bytes)
// can be skipped: the next response starts at a known boundary. But a response that carries mail data
// a command is collecting (a FETCH, the UIDs of a SEARCH, a STATUS, or a UIDVALIDITY /
// UIDNEXT code) cannot: skipping it would store a folder without that message, or a UIDVALIDITY of 0,
// and report success. Those end the session with a clear error instead (hostile transcripts 062, 086-100).
class UnreadableResponse
{
public:
    // `frame`: the whole response as received (from "*" on).
    static bool losesData(QByteArrayView frame);
};

} // namespace Kestrel::Imap

#pragma once

#include <QByteArray>

namespace Kestrel::Imap {

// One complete server response as framed by ResponseFramer: the first line, and for every
// literal it announces ({n}, {n+} or ~{n} at the end of a line, RFC 3501 4.3 / RFC 3516 4.3) the
// n literal bytes followed by the rest of the line, through the final CRLF.
struct Frame {
    QByteArray bytes;
    // Stream position of bytes[0] (0-based, since the framer's last reset).
    qint64 offset = 0;
    // 1-based stream line number of the frame's first line.
    qint64 line = 1;
};

} // namespace Kestrel::Imap

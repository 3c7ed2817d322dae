#pragma once

#include <QString>

namespace Kestrel::Mime {

// A plain-text body ready for text/plain: LF line ends, and format=flowed (RFC 3676) when some line is
// longer than what mail readers show unwrapped.
struct FlowedText {
    QString text;        // LF line ends
    bool flowed = false; // text/plain; format=flowed
};

// Lines of at most MaxFixedLine characters go out as they are (fixed text, the common case, which every
// reader shows exactly as typed). When any line is longer, the whole body becomes format=flowed so the
// recipient's reader can rewrap it: long lines are broken after spaces into lines of at most Width
// characters ending in a space (soft breaks, RFC 3676 section 4.2), quote markers ">" are repeated on
// every piece (section 4.5), trailing spaces of hard lines are dropped (they would read as soft breaks)
// except in the signature separator "-- ", and lines starting with a space or "From " are
// space-stuffed (section 4.4). A single word longer than Width stays whole.
class FlowedTextEncoder
{
public:
    static constexpr int MaxFixedLine = 78; // RFC 5322 section 2.1.1's SHOULD
    static constexpr int Width = 72;

    static FlowedText encode(const QString &body);
};

} // namespace Kestrel::Mime

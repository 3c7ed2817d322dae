#pragma once

namespace Kestrel::Imap {

struct ParserOptions {
    // RFC 6855 3: after ENABLE UTF8=ACCEPT mailbox names are UTF-8, not modified UTF-7.
    bool utf8Accept = false;
    // BODYSTRUCTURE nesting (multipart and message/rfc822 levels) accepted before NestingTooDeep.
    int maxNestingDepth = 100;
};

} // namespace Kestrel::Imap

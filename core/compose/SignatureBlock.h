#pragma once

#include <QString>

namespace Kestrel::Compose {

// The signature in a plain-text body: "-- " on a line of its own, then the signature (RFC 3676 section
// 4.3), so readers can fold it away and replies can leave it out of the quote.
class SignatureBlock
{
public:
    // "-- \nsignature" (empty for an empty signature).
    static QString block(const QString &signature);
    // The body with the signature added at `position` (in characters; -1: at the end), on lines of
    // its own.
    static QString insert(const QString &body, const QString &signature, qsizetype position = -1);
    // Swaps the identity's signature when the user picks another From: the first occurrence of the
    // old block is replaced; when it is gone (edited away) or was empty, the new one goes at the end.
    static QString replace(const QString &body, const QString &oldSignature, const QString &newSignature);
};

} // namespace Kestrel::Compose

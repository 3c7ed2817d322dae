#pragma once

#include <QString>

#include <optional>

namespace Kestrel {

// A small SASLprep (RFC 4013, stringprep profile of RFC 3454) for user names and passwords in SCRAM
// (RFC 5802 section 5.1). Printable ASCII passes unchanged; non-ASCII spaces become SP (table C.1.2),
// characters "commonly mapped to nothing" are dropped (table B.1), the rest is NFKC-normalised;
// control characters, private-use code points, surrogates and unassigned code points are refused
// (tables C.2, C.3, C.5, A.1 approximated by Unicode categories). The bidirectional check (RFC 3454
// section 6) is left out: a string it would refuse is simply sent as normalised.
class SaslPrep
{
public:
    static std::optional<QString> prepare(const QString &text);
    // "=" → "=3D", "," → "=2C" (RFC 5802 section 5.1, saslname; also RFC 5801 for OAUTHBEARER's a=).
    static QString escapeSaslName(const QString &name);
};

} // namespace Kestrel

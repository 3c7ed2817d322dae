#pragma once

#include "common/Error.h"
#include "net/TlsTrust.h"

#include <QByteArray>

#include <optional>

namespace Kestrel {

// How one side (IMAP or SMTP) of a "Test connection" went. On failure `error` says what failed, in
// the user's words, with what the server said (Error::userMessage quotes it; `detail` has the
// exchange). A certificate that is not trusted also comes as `certificate`, with everything the
// certificate prompt shows (subject, issuer, validity, SHA-256, the errors).
struct ConnectionTestResult {
    std::optional<Error> error;
    std::optional<CertificateProblem> certificate;
    QByteArray mechanism; // on success: how the login went, e.g. "SCRAM-SHA-256", "PLAIN"

    bool ok() const { return !error.has_value(); }
};

} // namespace Kestrel

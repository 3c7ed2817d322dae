#pragma once

#include <QString>

namespace Kestrel {

// The one error type every asynchronous operation in core/ ends with. `userMessage` is translated and
// shown to people; `detail` is for the protocol log and bug reports (what the server said, what was
// tried). Neither ever contains a credential.
struct Error {
    enum class Code {
        Network,        // socket could not connect / dropped
        Tls,            // handshake failed or certificate not trusted
        Authentication, // server refused the credentials
        Protocol,       // server sent something we cannot understand
        Server,         // server answered NO/BAD or an SMTP 4xx/5xx
        Keychain,       // the OS secret store failed or is absent
        Storage,        // local database or file system
        Cancelled,
    };

    Code code = Code::Protocol;
    QString userMessage;
    QString detail;

    static Error make(Code code, const QString &userMessage, const QString &detail = {});
    // "userMessage (detail)" for logs and test failure messages.
    QString toString() const;
};

} // namespace Kestrel

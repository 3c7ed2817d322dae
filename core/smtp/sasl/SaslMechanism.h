#pragma once

#include "smtp/SmtpCredentials.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <memory>
#include <optional>

namespace Kestrel::Smtp {

// One SASL mechanism (RFC 4422) on the client side, without I/O: it makes the responses to the
// server's challenges. Responses are raw bytes; the SMTP layer base64-encodes them (RFC 4954 section 4).
// An instance holds the secret it was made with for one exchange only and is destroyed after it.
class SaslMechanism
{
public:
    struct Response {
        bool ok = true;
        QByteArray data;    // the next client response (may be empty: an empty line)
        QString problem;    // English, when !ok: why the exchange cannot go on
    };

    virtual ~SaslMechanism() = default;
    virtual QByteArray name() const = 0;
    // The initial response sent with AUTH, or nullopt when the mechanism waits for a challenge.
    virtual std::optional<QByteArray> initialResponse() = 0;
    virtual Response respond(const QByteArray &challenge) = 0;
    // After the server's 235: whether the client is satisfied too (SCRAM checks the server's
    // signature, RFC 5802 section 3). `successData` is the 235 text decoded, for servers that put
    // the server-final-message there instead of in a 334 challenge.
    virtual bool finish(const QByteArray &successData) { Q_UNUSED(successData); return true; }
    // What the server explained in a failure challenge (OAuth's JSON error), for Error::detail.
    virtual QString serverProblem() const { return {}; }

    // The strongest mechanism both sides support for these credentials, or null when there is none:
    // SCRAM-SHA-256 > PLAIN > LOGIN for a password, OAUTHBEARER > XOAUTH2 for a token. A non-empty
    // `allowed` (an account setting for servers that announce a mechanism they get wrong) limits the
    // choice to those names, in that order.
    static std::unique_ptr<SaslMechanism> choose(const QByteArrayList &offered, const SmtpCredentials &credentials,
                                                 const QString &host, quint16 port,
                                                 const QByteArrayList &allowed = {});
};

} // namespace Kestrel::Smtp

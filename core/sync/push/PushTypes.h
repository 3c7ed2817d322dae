#pragma once

#include "common/Error.h"
#include "common/MessageSummary.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Kestrel {
class ProtocolLog;
}

namespace Kestrel::Sync {

// How an account's push connection is doing, for the GUI's per-account indicator.
enum class ConnectionState {
    Offline,    // not connected: waiting to retry (willRetry) or stopped for good (e.g. wrong password)
    Connecting, // opening, logging in, selecting
    Online,     // every watched folder is selected and idling (or polling)
};

struct ConnectionStatus {
    // Constructors rather than aggregate braces, so that the remark below does not have to be spelled
    // out (as empty) everywhere a status is made.
    ConnectionStatus() = default;
    ConnectionStatus(ConnectionState state, std::optional<Error> error, bool willRetry, QString warning = {})
        : state(state)
        , error(std::move(error))
        , willRetry(willRetry)
        , warning(std::move(warning))
    {
    }

    ConnectionState state = ConnectionState::Offline;
    std::optional<Error> error; // why it is Offline; empty otherwise
    bool willRetry = false;     // Offline: a reconnect is scheduled (false: user action needed)
    // Online or Connecting, yet a watched folder cannot be watched (gone, renamed, no right to read it):
    // the rest of the account works, so this is a remark beside the state rather than Offline.
    QString warning; // for the user, like Error::userMessage; empty: nothing to remark

    friend bool operator==(const ConnectionStatus &a, const ConnectionStatus &b)
    {
        const auto sameMessage = [](const std::optional<Error> &x, const std::optional<Error> &y) {
            return x.has_value() == y.has_value() && (!x || x->userMessage == y->userMessage);
        };
        return a.state == b.state && a.willRetry == b.willRetry && sameMessage(a.error, b.error)
            && a.warning == b.warning;
    }
};

// Messages that arrived in one folder while it was watched, already stored in the cache.
struct NewMail {
    QString accountId;
    QString folder;
    qint64 folderId = 0; // 0 when the folder is not in the cache yet (nothing was stored)
    QList<MessageSummary> messages;
};

// The exponential back-off between reconnect attempts (see Backoff).
struct BackoffPolicy {
    std::chrono::milliseconds initial{1000};
    std::chrono::milliseconds maximum{5 * 60 * 1000};
    double jitter = 0.2; // each delay is scaled by a random factor in [1 - jitter, 1 + jitter]
    // A connection that stayed up this long was a success: the next drop starts again at `initial`.
    std::chrono::milliseconds stableAfter{30 * 1000};
};

struct PushOptions {
    QStringList folders{QStringLiteral("INBOX")};
    BackoffPolicy backoff;
    int pollIntervalMs = 60 * 1000;  // NOOP polling when the server has no IDLE
    // IDLE is ended and issued again this often. RFC 2177 allows up to 29 minutes, but home routers
    // and mobile networks forget quiet TCP connections sooner, silently; the DONE / OK round trip keeps
    // their mapping alive and, through the response timeout, finds a dead route within minutes.
    int idleRenewMs = 10 * 60 * 1000;
    int responseTimeoutMs = 30 * 1000; // a silent server outside IDLE counts as a dropped connection
    int connectTimeoutMs = 20 * 1000;
    // Above this many messages missed while offline, the watcher leaves them to a full sync
    // (syncRequested) instead of fetching them itself.
    quint32 catchUpLimit = 200;
    // Optional (thread-safe, credentials redacted): the push connections' traffic for the protocol
    // log view, each named "push <account id>/<folder>".
    ProtocolLog *protocolLog = nullptr;
};

} // namespace Kestrel::Sync

Q_DECLARE_METATYPE(Kestrel::Sync::ConnectionStatus)
Q_DECLARE_METATYPE(Kestrel::Sync::NewMail)

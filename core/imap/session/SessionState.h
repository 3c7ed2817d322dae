#pragma once

namespace Kestrel::Imap {

// The connection states of RFC 3501 3 (RFC 9051 3), plus the transport's own phases and Idling:
// Selected with an IDLE in progress (RFC 2177).
//   Disconnected -> Connecting -> NotAuthenticated -> Authenticated -> Selected <-> Idling
//   any state -> Logout -> Disconnected
enum class SessionState {
    Disconnected,
    Connecting,
    NotAuthenticated,
    Authenticated,
    Selected,
    Idling,
    Logout,
};

} // namespace Kestrel::Imap

#pragma once

#include <QObject>
#include <QTimer>

namespace Kestrel::Imap {

class IdleCommand;
class ImapCommand;
class ImapSession;

// Keeps a Selected session listening for changes while it has nothing else to do.
// With IDLE (RFC 2177): an IDLE is issued whenever the queue runs dry, ended with DONE as soon as
// another command waits, and re-issued before the server's 30-minute inactivity limit (RFC 2177 3
// asks clients to re-issue at least every 29 minutes). Without IDLE, or when the server refuses
// it: a NOOP (RFC 3501 6.1.2) every poll interval.
class IdleManager : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRenewMs = 28 * 60 * 1000;
    static constexpr int DefaultPollMs = 60 * 1000;

    explicit IdleManager(ImapSession &session);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setRenewInterval(int milliseconds) { m_renewTimer.setInterval(milliseconds); }
    void setPollInterval(int milliseconds) { m_pollTimer.setInterval(milliseconds); }
    bool isPolling() const { return m_pollTimer.isActive(); }

    // From the session: `head` waits to be sent, so a running IDLE must end.
    void commandWaiting(const ImapCommand *head);
    // Nothing runs or waits.
    void sessionIdle();
    void sessionEnded();

private:
    void startIdle();
    void poll();

    ImapSession &m_session;
    IdleCommand *m_command = nullptr; // owned by the session's queue until delivered
    QTimer m_renewTimer;
    QTimer m_pollTimer;
    bool m_enabled = false;
    bool m_idleRefused = false;
};

} // namespace Kestrel::Imap

#pragma once

#include "imap/commands/CommandContext.h"
#include "imap/commands/ImapCommand.h"
#include "imap/parser/ResponseParser.h"
#include "imap/session/Capabilities.h"
#include "imap/session/CommandQueue.h"
#include "imap/session/ImapConnection.h"
#include "imap/session/ImapTransport.h"
#include "imap/session/SelectedMailboxState.h"
#include "net/ProtocolLog.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Kestrel::Imap {

class IdleManager;

// One IMAP connection's protocol session (RFC 3501 / RFC 9051 client side): non-blocking, driven
// by the event loop. It owns the transport, parses responses, keeps the capability cache, runs the
// pipelined CommandQueue, routes untagged data to SelectedMailboxState first, and keeps IDLE up.
//
//     auto *session = new ImapSession(settings, this);
//     session->open();                                        // -> connected() or failed()
//     session->run(std::make_unique<LoginCommand>(user, password), this, [](const LoginResult &r) {...});
//     session->run(std::make_unique<SelectCommand>(QStringLiteral("INBOX")), this, ...);
//
// Commands may be queued at once after open(); they start when the server allows. Every command
// ends exactly once: with its result, or with an Error (BYE, timeout, dropped socket, destruction).
// Callbacks run from the event loop, never inside a call into the session.
class ImapSession : public QObject, private CommandContext
{
    Q_OBJECT
public:
    explicit ImapSession(ConnectionSettings settings, QObject *parent = nullptr);
    explicit ImapSession(std::unique_ptr<ImapTransport> transport, QObject *parent = nullptr);
    ~ImapSession() override;

    // Optional; lines are logged redacted (no credentials) under `connectionName`.
    void setProtocolLog(ProtocolLog *log, const QString &connectionName);
    // A server that leaves a command unanswered this long is given up (default 60 s).
    void setResponseTimeout(int milliseconds) { m_responseTimer.setInterval(milliseconds); }

    void open();
    void enqueue(std::unique_ptr<ImapCommand> command);
    template<class C>
    void run(std::unique_ptr<C> command, QObject *context, std::function<void(const typename C::Result &)> done)
    {
        command->onDone(context, std::move(done));
        enqueue(std::move(command));
    }
    // Drops the connection now; pending commands end with Error::Code::Cancelled.
    void abort();

    // Keep an IDLE (RFC 2177) running whenever the session is Selected and has nothing else to
    // do; without IDLE, poll with NOOP. See IdleManager.
    void setIdleEnabled(bool enabled);
    IdleManager &idle() { return *m_idle; }

    SessionState state() const override { return m_state; }
    const Capabilities &capabilities() const override { return m_capabilities; }
    bool isEnabled(QByteArrayView extension) const override;
    QString serverName() const override;
    SelectedMailboxState &mailbox() override { return m_mailbox; }
    const SelectedMailboxState &mailbox() const { return m_mailbox; }

signals:
    void stateChanged(Kestrel::Imap::SessionState state);
    // Greeting received and capabilities known: ready for LoginCommand (or PREAUTH'd).
    void connected();
    void capabilitiesChanged();
    // RFC 3501 7.1: [ALERT] text that must be shown to the user.
    void alert(const QString &text);
    void certificateRejected(const Kestrel::CertificateProblem &problem);
    // The connection ended abnormally (after connected() or instead of it). Emitted once.
    void failed(const Kestrel::Error &error);
    // The connection ended after LOGOUT.
    void closed();

private:
    void init();
    // CommandContext
    Outgoing begin() override;
    void send(const QByteArray &tag, const CommandWriter::Command &command, const QByteArray &logText) override;
    void sendLine(const QByteArray &line, const QByteArray &logText) override;
    const Frame &currentFrame() const override { return m_currentFrame; }
    void setCapabilities(const QList<QByteArray> &capabilities) override;
    void setEnabled(const QList<QByteArray> &extensions) override;
    void setState(SessionState state) override;
    void startCompression() override;

    void onOpened(const Frame &greeting);
    void onFrame(const Frame &frame);
    void onTransportFailed(const Error &error);
    void onTransportClosed();
    void onParseError(const Frame &frame, const ParseError &error);
    void dispatch(const Response &response);
    void handleUntaggedStatus(const UntaggedStatus &status);
    void handleTagged(const TaggedStatus &status);
    void end(const Error &error);
    void scheduleService();
    void service();
    void updateResponseTimer();
    void write(const QByteArray &bytes, const QByteArray &logText);
    void log(ProtocolLog::Direction direction, const QByteArray &text) const;

    std::unique_ptr<ImapTransport> m_transport;
    CommandQueue m_queue;
    SelectedMailboxState m_mailbox;
    ResponseParser m_parser;
    Capabilities m_capabilities;
    QSet<QByteArray> m_enabled;
    SessionState m_state = SessionState::Disconnected;
    Frame m_currentFrame;
    QTimer m_responseTimer;
    std::unique_ptr<IdleManager> m_idle;
    ProtocolLog *m_log = nullptr;
    QString m_logName;
    bool m_serviceScheduled = false;
    bool m_ended = false;
};

} // namespace Kestrel::Imap

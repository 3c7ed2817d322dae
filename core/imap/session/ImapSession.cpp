#include "imap/session/ImapSession.h"

#include "imap/commands/CapabilityCommand.h"
#include "imap/parser/UnreadableResponse.h"
#include "imap/session/ConnectionTransport.h"
#include "imap/session/IdleManager.h"
#include "imap/session/SessionErrors.h"
#include "net/ProtocolLog.h"

#include <QPointer>

namespace Kestrel::Imap {
namespace {

QByteArray withoutLineEnd(const QByteArray &bytes)
{
    return bytes.endsWith("\r\n") ? bytes.chopped(2) : bytes;
}

} // namespace

ImapSession::ImapSession(ConnectionSettings settings, QObject *parent)
    : ImapSession(std::make_unique<ConnectionTransport>(std::move(settings)), parent)
{
}

ImapSession::ImapSession(std::unique_ptr<ImapTransport> transport, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_queue(*this, [this](const QByteArray &bytes, const QByteArray &logText) { write(bytes, logText); })
    , m_idle(std::make_unique<IdleManager>(*this))
{
    init();
}

void ImapSession::init()
{
    connect(m_transport.get(), &ImapTransport::opened, this, &ImapSession::onOpened);
    connect(m_transport.get(), &ImapTransport::frameReceived, this, &ImapSession::onFrame);
    connect(m_transport.get(), &ImapTransport::failed, this, &ImapSession::onTransportFailed);
    connect(m_transport.get(), &ImapTransport::closed, this, &ImapSession::onTransportClosed);
    connect(m_transport.get(), &ImapTransport::certificateRejected, this, &ImapSession::certificateRejected);
    m_responseTimer.setSingleShot(true);
    m_responseTimer.setInterval(60 * 1000);
    connect(&m_responseTimer, &QTimer::timeout, this, [this] {
        end(SessionErrors::timeout(serverName(), m_responseTimer.interval() / 1000));
    });
}

ImapSession::~ImapSession()
{
    m_transport->disconnect(this);
    m_transport->abort();
    // Every command ends exactly once, even now. Callbacks must not call into the session here.
    m_queue.failAll(SessionErrors::cancelled(serverName()));
    m_queue.deliverFinished();
}

void ImapSession::setProtocolLog(ProtocolLog *log, const QString &connectionName)
{
    m_log = log;
    m_logName = connectionName;
}

QString ImapSession::serverName() const
{
    return m_transport->serverName();
}

bool ImapSession::isEnabled(QByteArrayView extension) const
{
    return m_enabled.contains(extension.toByteArray().toUpper());
}

void ImapSession::open()
{
    if (m_state != SessionState::Disconnected) { // a new connection: the old one's commands end now
        m_transport->abort();
        m_queue.failAll(SessionErrors::cancelled(serverName()));
        m_idle->sessionEnded();
        scheduleService();
    }
    m_ended = false;
    m_capabilities = Capabilities();
    m_enabled.clear();
    m_parser.setUtf8Accept(false);
    m_mailbox.clear();
    setState(SessionState::Connecting);
    log(ProtocolLog::Direction::Event, QByteArrayLiteral("connecting to ") + serverName().toUtf8());
    m_transport->open();
}

void ImapSession::enqueue(std::unique_ptr<ImapCommand> command)
{
    if (m_ended) // the connection is gone until open(); ends asynchronously like any other
        m_queue.reject(std::move(command), SessionErrors::notConnected(serverName()));
    else
        m_queue.enqueue(std::move(command));
    scheduleService();
}

void ImapSession::abort()
{
    end(SessionErrors::cancelled(serverName()));
}

void ImapSession::setIdleEnabled(bool enabled)
{
    m_idle->setEnabled(enabled);
    scheduleService();
}

CommandContext::Outgoing ImapSession::begin()
{
    Outgoing out{m_queue.nextTag(), CommandWriter(m_capabilities.literalMode(), isEnabled("UTF8=ACCEPT"))};
    out.writer.tag(out.tag);
    return out;
}

void ImapSession::send(const QByteArray &tag, const CommandWriter::Command &command, const QByteArray &logText)
{
    m_queue.send(tag, command, logText);
}

void ImapSession::sendLine(const QByteArray &line, const QByteArray &logText)
{
    m_queue.sendLine(line, logText);
}

void ImapSession::setCapabilities(const QList<QByteArray> &capabilities)
{
    m_capabilities = Capabilities(capabilities);
    emit capabilitiesChanged();
}

void ImapSession::setEnabled(const QList<QByteArray> &extensions)
{
    for (const QByteArray &extension : extensions)
        m_enabled.insert(extension.toUpper());
    if (m_enabled.contains("QRESYNC"))
        m_enabled.insert(QByteArrayLiteral("CONDSTORE")); // RFC 7162 3.2.3: QRESYNC implies CONDSTORE
    if (m_enabled.contains("UTF8=ACCEPT"))
        m_parser.setUtf8Accept(true); // RFC 6855 3: mailbox names are UTF-8 from now on
}

void ImapSession::setState(SessionState state)
{
    if (state == m_state)
        return;
    const SessionState previous = std::exchange(m_state, state);
    if (state == SessionState::Disconnected && previous == SessionState::Logout)
        m_transport->close(); // LOGOUT completed (RFC 3501 6.1.3)
    emit stateChanged(state);
}

void ImapSession::startCompression()
{
    m_transport->startCompression();
    log(ProtocolLog::Direction::Event, QByteArrayLiteral("COMPRESS=DEFLATE active"));
}

void ImapSession::onOpened(const Frame &greeting)
{
    m_currentFrame = greeting;
    log(ProtocolLog::Direction::Received, greeting.bytes);
    Response response;
    ParseError error;
    const bool parsed = m_parser.parse(greeting, &response, &error);
    const auto *status = parsed ? std::get_if<UntaggedStatus>(&response) : nullptr;
    // RFC 3501 7.1.4: PREAUTH starts in the authenticated state.
    setState(status && status->condition == StatusCondition::PreAuth ? SessionState::Authenticated
                                                                     : SessionState::NotAuthenticated);
    if (status && status->code.kind == ResponseCodeKind::Alert)
        emit alert(QString::fromUtf8(status->text));
    if (status && status->code.kind == ResponseCodeKind::Capability && m_transport->greetingTrusted())
        setCapabilities(status->code.list);
    m_queue.setOpen(true);
    if (m_capabilities.isKnown()) {
        emit connected();
    } else {
        auto capability = std::make_unique<CapabilityCommand>(true);
        capability->onDone(this, [this](const CapabilityResult &result) {
            if (result.ok())
                emit connected();
        });
        m_queue.enqueue(std::move(capability), true);
    }
    scheduleService();
}

void ImapSession::onFrame(const Frame &frame)
{
    m_currentFrame = frame;
    log(ProtocolLog::Direction::Received, frame.bytes);
    Response response;
    ParseError error;
    if (m_parser.parse(frame, &response, &error))
        dispatch(response);
    else
        onParseError(frame, error);
    if (m_ended)
        return;
    if (m_queue.awaitingResponse())
        m_responseTimer.start(); // the server is alive: restart the clock
    else
        m_responseTimer.stop();
    scheduleService();
}

void ImapSession::onParseError(const Frame &frame, const ParseError &error)
{
    const QString detail = error.toString() + QStringLiteral(": ") + QString::fromUtf8(withoutLineEnd(frame.bytes).left(300));
    log(ProtocolLog::Direction::Event, QByteArrayLiteral("unreadable response: ") + detail.toUtf8());
    // A tagged response we cannot read still ends its command; untagged garbage is skipped (the
    // next response starts at a known boundary), but not unreadable mail data: a command would
    // report success without it (a message never stored, a UIDVALIDITY of 0 cached).
    const QByteArray tag = frame.bytes.left(frame.bytes.indexOf(' '));
    if (m_queue.hasTag(tag))
        m_queue.failTag(tag, SessionErrors::protocol(serverName(), detail));
    else if (UnreadableResponse::losesData(frame.bytes))
        end(SessionErrors::protocol(serverName(), detail));
}

void ImapSession::dispatch(const Response &response)
{
    if (const auto *tagged = std::get_if<TaggedStatus>(&response)) {
        m_mailbox.apply(response);
        handleTagged(*tagged);
        return;
    }
    if (const auto *continuation = std::get_if<ContinuationRequest>(&response)) {
        if (!m_queue.continuation(*continuation))
            log(ProtocolLog::Direction::Event, QByteArrayLiteral("unexpected continuation ignored"));
        return;
    }
    if (const auto *status = std::get_if<UntaggedStatus>(&response)) {
        handleUntaggedStatus(*status);
        if (m_ended)
            return;
    } else if (const auto *capability = std::get_if<CapabilityResponse>(&response)) {
        setCapabilities(capability->capabilities);
    }
    m_mailbox.apply(response);
    const bool claimed = m_queue.untagged(response);
    if (const auto *fetch = std::get_if<FetchResponse>(&response); fetch && !claimed)
        m_mailbox.announceFetch(*fetch);
}

void ImapSession::handleUntaggedStatus(const UntaggedStatus &status)
{
    if (status.code.kind == ResponseCodeKind::Alert)
        emit alert(QString::fromUtf8(status.text));
    if (status.code.kind == ResponseCodeKind::Capability)
        setCapabilities(status.code.list);
    // RFC 3501 7.1.5: BYE outside LOGOUT means the server is closing on us.
    if (status.condition == StatusCondition::Bye && m_state != SessionState::Logout)
        end(SessionErrors::bye(serverName(), status.text));
}

void ImapSession::handleTagged(const TaggedStatus &status)
{
    if (status.code.kind == ResponseCodeKind::Alert)
        emit alert(QString::fromUtf8(status.text));
    if (!m_queue.hasTag(status.tag)) {
        // A server answering commands we never sent cannot be trusted to have done what we asked.
        end(SessionErrors::protocol(serverName(), QStringLiteral("response with an unknown tag: ")
                                                      + QString::fromUtf8(withoutLineEnd(m_currentFrame.bytes))));
        return;
    }
    if (status.condition == StatusCondition::Ok && status.code.kind == ResponseCodeKind::Capability)
        setCapabilities(status.code.list); // RFC 3501 7.1: e.g. the OK of LOGIN
    m_queue.tagged(status);
}

void ImapSession::onTransportFailed(const Error &error)
{
    if (m_state == SessionState::Logout) {
        // Dropped after LOGOUT: LogoutCommand decides (clean if the BYE came).
        m_queue.failAll(error);
        onTransportClosed();
        return;
    }
    end(error);
}

void ImapSession::onTransportClosed()
{
    if (m_ended)
        return;
    m_ended = true;
    m_responseTimer.stop();
    m_queue.failAll(SessionErrors::cancelled(serverName()));
    m_mailbox.clear();
    m_idle->sessionEnded();
    setState(SessionState::Disconnected);
    scheduleService();
    emit closed();
}

void ImapSession::end(const Error &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_responseTimer.stop();
    log(ProtocolLog::Direction::Event, error.toString().toUtf8());
    m_transport->abort();
    m_queue.failAll(error);
    m_mailbox.clear();
    m_idle->sessionEnded();
    m_state = SessionState::Disconnected; // not through setState(): that would close() after LOGOUT
    emit stateChanged(m_state);
    scheduleService();
    emit failed(error);
}

void ImapSession::scheduleService()
{
    if (m_serviceScheduled)
        return;
    m_serviceScheduled = true;
    QMetaObject::invokeMethod(this, &ImapSession::service, Qt::QueuedConnection);
}

// Runs from the event loop: starts what may start, delivers results, keeps IDLE going.
void ImapSession::service()
{
    m_serviceScheduled = false;
    if (m_queue.hasWaiting())
        m_idle->commandWaiting(m_queue.head());
    m_queue.pump();
    updateResponseTimer();
    const QPointer<ImapSession> self(this);
    m_queue.deliverFinished();
    if (!self)
        return;
    if (m_queue.hasWaiting()) { // callbacks queued more
        m_idle->commandWaiting(m_queue.head());
        m_queue.pump();
        updateResponseTimer();
    }
    if (m_queue.isIdle() && !m_ended)
        m_idle->sessionIdle();
    // The commands this pass started leave now, together, instead of when the socket's write notifier
    // fires: whoever queued them can do local work while the server answers (FolderSync reads the
    // cached UIDs during its SELECT).
    if (!m_ended)
        m_transport->flush();
}

void ImapSession::updateResponseTimer()
{
    if (!m_queue.awaitingResponse() || m_ended)
        m_responseTimer.stop();
    else if (!m_responseTimer.isActive())
        m_responseTimer.start();
}

void ImapSession::write(const QByteArray &bytes, const QByteArray &logText)
{
    log(ProtocolLog::Direction::Sent, logText.isEmpty() ? bytes : logText);
    m_transport->send(bytes);
    if (!m_responseTimer.isActive())
        m_responseTimer.start();
}

void ImapSession::log(ProtocolLog::Direction direction, const QByteArray &text) const
{
    // Without a log of its own, the application's (View > Protocol Log), if it keeps one.
    if (ProtocolLog *log = m_log ? m_log : ProtocolLog::applicationLog())
        log->append(m_log ? m_logName : QStringLiteral("imap ") + serverName(), direction, withoutLineEnd(text));
}

} // namespace Kestrel::Imap

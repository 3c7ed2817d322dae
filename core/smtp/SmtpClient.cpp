#include "smtp/SmtpClient.h"

#include "smtp/SmtpErrors.h"
#include "smtp/SmtpOpenProcedure.h"
#include "smtp/SmtpSendProcedure.h"
#include "smtp/SmtpTransport.h"

namespace Kestrel::Smtp {

SmtpClient::SmtpClient(SmtpClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_transport(new SmtpTransport(std::move(settings), this))
{
    connect(m_transport, &SmtpTransport::replyReceived, this, &SmtpClient::onReply);
    connect(m_transport, &SmtpTransport::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_transport, &SmtpTransport::failed, this, &SmtpClient::onTransportFailed);
    connect(m_transport, &SmtpTransport::closed, this, &SmtpClient::onTransportClosed);
    connect(m_transport, &SmtpTransport::certificateRejected, this, &SmtpClient::certificateRejected);
    connect(m_transport, &SmtpTransport::dataProgress, this, &SmtpClient::uploadProgress);
    connect(m_transport, &SmtpTransport::dataAboutToBeWritten, this, &SmtpClient::committingData);
}

SmtpClient::~SmtpClient()
{
    abort();
}

bool SmtpClient::isEncrypted() const
{
    return m_transport->isEncrypted();
}

QString SmtpClient::serverName() const
{
    return m_transport->serverName();
}

void SmtpClient::open(const SmtpCredentials &credentials)
{
    abort();
    m_open = std::make_unique<SmtpOpenProcedure>(*m_transport, credentials);
    m_state = State::Opening;
    m_transport->open();
}

void SmtpClient::send(const SmtpEnvelope &envelope, const QByteArray &message)
{
    if (m_state != State::Ready) {
        failLater(SmtpErrors::notConnected(serverName()));
        return;
    }
    m_send = std::make_unique<SmtpSendProcedure>(*m_transport, m_capabilities, envelope, message, m_needsReset);
    m_state = State::Sending;
    const SmtpStep step = m_send->start();
    m_needsReset = m_needsReset || m_send->hasStarted();
    if (step.status != SmtpStep::Status::Continue) {
        // Refused before anything was sent; report after returning, like every other outcome.
        const Error error = *step.error;
        m_send.reset();
        m_state = State::Ready;
        failLater(error);
    }
}

void SmtpClient::quit()
{
    if (m_state == State::Sending || m_state == State::Opening) {
        m_quitRequested = true;
        return;
    }
    if (m_state == State::Ready) {
        startQuit();
        return;
    }
    if (m_state == State::Disconnected)
        QMetaObject::invokeMethod(this, &SmtpClient::closed, Qt::QueuedConnection);
}

void SmtpClient::startQuit()
{
    m_quitRequested = false;
    m_state = State::Closing;
    m_transport->sendCommand(SmtpCommand::plain("QUIT", QStringLiteral("QUIT")));
}

void SmtpClient::abort()
{
    m_open.reset();
    m_send.reset();
    m_transport->abort();
    m_state = State::Disconnected;
    m_needsReset = false;
    m_quitRequested = false;
}

void SmtpClient::failLater(const Error &error)
{
    QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

void SmtpClient::onReply(const SmtpReply &reply)
{
    switch (m_state) {
    case State::Opening:
        finishOpen(m_open->onReply(reply));
        return;
    case State::Sending:
        finishSend(m_send->onReply(reply));
        return;
    case State::Closing:
        m_transport->close(); // the reply to QUIT (221, RFC 5321 section 4.1.1.10)
        return;
    case State::Ready:
        // RFC 5321 section 3.8: a server shutting down may say 421 at any time, then close.
        if (reply.code == 421) {
            m_state = State::Closing;
            m_transport->close();
        }
        return;
    case State::Disconnected:
        return;
    }
}

void SmtpClient::onEncrypted()
{
    if (m_state == State::Opening)
        finishOpen(m_open->onEncrypted());
}

void SmtpClient::finishOpen(const SmtpStep &step)
{
    if (step.status == SmtpStep::Status::Continue)
        return;
    if (step.status == SmtpStep::Status::Failed) {
        const bool quitting = m_quitRequested;
        abort();
        emit failed(*step.error);
        if (quitting)
            emit closed();
        return;
    }
    m_capabilities = m_open->capabilities();
    m_open.reset();
    m_state = State::Ready;
    emit opened();
    if (m_quitRequested && m_state == State::Ready)
        startQuit();
}

void SmtpClient::finishSend(const SmtpStep &step)
{
    if (step.status == SmtpStep::Status::Continue)
        return;
    const std::unique_ptr<SmtpSendProcedure> procedure = std::move(m_send);
    m_state = State::Ready;
    if (step.status == SmtpStep::Status::Failed)
        emit failed(*step.error);
    else
        emit sent(procedure->result());
    if (m_quitRequested && m_state == State::Ready)
        startQuit();
}

void SmtpClient::onTransportFailed(const Error &error)
{
    const State state = m_state;
    const bool quitting = m_quitRequested;
    m_open.reset();
    m_send.reset();
    m_state = State::Disconnected;
    m_needsReset = false;
    m_quitRequested = false;
    if (state == State::Opening || state == State::Sending)
        emit failed(error);
    if (quitting || (state != State::Opening && state != State::Sending))
        emit closed(); // dropped while idle, while waiting for the reply to QUIT, or quit() was waiting
}

void SmtpClient::onTransportClosed()
{
    m_state = State::Disconnected;
    m_needsReset = false;
    emit closed();
}

} // namespace Kestrel::Smtp

#include "smtp/SmtpTransport.h"

#include "smtp/SmtpErrors.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace Kestrel::Smtp {

SmtpTransport::SmtpTransport(SmtpClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_parser(m_settings.limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpTransport::onTimeout);
}

SmtpTransport::~SmtpTransport()
{
    abort();
}

QString SmtpTransport::serverName() const
{
    return m_settings.endpoint.host + QLatin1Char(':') + QString::number(m_settings.endpoint.port);
}

bool SmtpTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QString SmtpTransport::localAddressLiteral() const
{
    QHostAddress address = m_socket ? m_socket->localAddress() : QHostAddress(QHostAddress::LocalHost);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QLatin1Char('[') + QHostAddress(v4).toString() + QLatin1Char(']');
    address.setScopeId(QString());
    return QStringLiteral("[IPv6:") + address.toString() + QLatin1Char(']');
}

void SmtpTransport::open()
{
    abort();
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_settings.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_settings.extraCaCertificates);
    m_socket->setSslConfiguration(config);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // pipelined groups go out at once
    connect(m_socket, &QSslSocket::connected, this, &SmtpTransport::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpTransport::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpTransport::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpTransport::onBytesWritten);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpTransport::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpTransport::onDisconnected);

    m_parser.reset();
    m_certificateRejected = false;
    m_state = State::Connecting;
    m_awaited = {{QString(), m_settings.connectTimeoutMs}}; // the greeting (RFC 5321 section 3.1)
    m_timer.start(m_settings.connectTimeoutMs);
    const ServerEndpoint &endpoint = m_settings.endpoint;
    log(ProtocolLog::Direction::Event, "connecting to " + serverName().toUtf8() + " (" + toString(endpoint.security).toUtf8() + ')');
    if (endpoint.security == ConnectionSecurity::Tls)
        m_socket->connectToHostEncrypted(endpoint.host, endpoint.port);
    else
        m_socket->connectToHost(endpoint.host, endpoint.port);
}

void SmtpTransport::sendCommands(const QList<SmtpCommand> &commands)
{
    if (!m_socket || m_state != State::Connected)
        return;
    QByteArray bytes;
    for (const SmtpCommand &command : commands) {
        bytes += command.line + "\r\n";
        log(ProtocolLog::Direction::Sent, command.logText.isEmpty() ? command.line : command.logText);
        m_awaited.append({command.label, m_settings.replyTimeoutMs});
    }
    if (!m_timer.isActive())
        m_timer.start(m_awaited.first().timeoutMs);
    m_socket->write(bytes);
}

void SmtpTransport::sendData(const QByteArray &data)
{
    if (!m_socket || m_state != State::Connected)
        return;
    log(ProtocolLog::Direction::Event, "message data: " + QByteArray::number(data.size()) + " bytes");
    m_awaited.append({QStringLiteral("DATA"), m_settings.dataEndTimeoutMs});
    m_dataTotal = data.size();
    m_dataWritten = 0;
    m_timer.start(m_settings.replyTimeoutMs); // until the bytes are out; see onBytesWritten
    emit dataAboutToBeWritten();
    m_socket->write(data);
}

void SmtpTransport::onBytesWritten(qint64 bytes)
{
    if (m_dataTotal == 0)
        return;
    m_dataWritten = qMin(m_dataTotal, m_dataWritten + bytes);
    emit dataProgress(m_dataWritten, m_dataTotal);
    if (m_dataWritten < m_dataTotal && m_socket->bytesToWrite() > 0) {
        m_timer.start(m_settings.replyTimeoutMs); // still moving: RFC 5321 4.5.3.2.5 data block time
        return;
    }
    m_dataTotal = 0;
    m_timer.start(m_settings.dataEndTimeoutMs); // RFC 5321 4.5.3.2.6: the server may take its time
}

void SmtpTransport::startTls()
{
    if (!m_socket || m_state != State::Connected)
        return;
    // Anything after the 220 but before the handshake would be taken as if it came over TLS.
    if (m_parser.hasPendingData() || m_socket->bytesAvailable() > 0) {
        fail(SmtpErrors::startTlsInjection(serverName()));
        return;
    }
    m_parser.reset();
    m_state = State::StartingTls;
    m_timer.start(m_settings.connectTimeoutMs);
    m_socket->startClientEncryption();
}

void SmtpTransport::close()
{
    if (!m_socket) {
        finishClose();
        return;
    }
    m_state = State::Closing;
    m_timer.stop();
    m_awaited.clear();
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finishClose();
}

void SmtpTransport::abort()
{
    m_timer.stop();
    m_awaited.clear();
    m_dataTotal = 0;
    m_state = State::Disconnected;
    if (!m_socket)
        return;
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void SmtpTransport::finishClose()
{
    if (m_state == State::Disconnected && !m_socket)
        return;
    abort();
    log(ProtocolLog::Direction::Event, "closed");
    emit closed();
}

void SmtpTransport::onConnected()
{
    if (m_settings.endpoint.security != ConnectionSecurity::Tls)
        log(ProtocolLog::Direction::Event, "connected");
}

void SmtpTransport::onEncrypted()
{
    log(ProtocolLog::Direction::Event, "TLS established: " + m_socket->sessionCipher().name().toUtf8());
    if (m_state != State::StartingTls)
        return; // implicit TLS: the greeting comes next
    m_state = State::Connected;
    m_timer.stop();
    emit encrypted();
}

void SmtpTransport::onReadyRead()
{
    if (!m_socket || m_state == State::StartingTls)
        return;
    const QByteArray bytes = m_socket->readAll();
    log(ProtocolLog::Direction::Received, bytes);
    m_parser.feed(bytes);
    SmtpReply reply;
    while (m_socket && m_state != State::StartingTls) {
        const SmtpReplyParser::Status status = m_parser.next(&reply);
        if (status == SmtpReplyParser::Status::NeedMore)
            return;
        if (status == SmtpReplyParser::Status::Error) {
            fail(SmtpErrors::unreadableReply(serverName(), m_parser.error()));
            return;
        }
        handleReply(reply);
    }
}

void SmtpTransport::handleReply(const SmtpReply &reply)
{
    if (m_state == State::Connecting)
        m_state = State::Connected; // the greeting
    if (!m_awaited.isEmpty())
        m_awaited.removeFirst();
    if (m_awaited.isEmpty())
        m_timer.stop();
    else if (m_dataTotal == 0)
        m_timer.start(m_awaited.first().timeoutMs);
    emit replyReceived(reply);
}

void SmtpTransport::onSslErrors(const QList<QSslError> &errors)
{
    const ServerEndpoint &endpoint = m_settings.endpoint;
    if (TlsTrust::isPinned(m_socket->peerCertificate(), endpoint.host, endpoint.port, m_settings.pinnedCertificates)) {
        m_socket->ignoreSslErrors(errors); // exactly this certificate, chosen by the user for this server
        return;
    }
    m_certificateRejected = true;
    emit certificateRejected(TlsTrust::describe(endpoint.host, endpoint.port, m_socket->peerCertificateChain(), errors));
}

void SmtpTransport::onSocketError()
{
    if (!m_socket || m_state == State::Disconnected)
        return;
    if (m_state == State::Closing) {
        finishClose();
        return;
    }
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError && !m_certificateRejected)
        return; // onDisconnected() reports it, naming the reply that never came
    const QString reason = m_socket->errorString();
    if (m_certificateRejected)
        fail(SmtpErrors::untrustedCertificate(serverName(), reason));
    else if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError)
        fail(SmtpErrors::tlsFailed(serverName(), reason));
    else
        fail(SmtpErrors::cannotConnect(serverName(), reason));
}

void SmtpTransport::onDisconnected()
{
    if (m_state == State::Closing || m_state == State::Disconnected) {
        finishClose();
        return;
    }
    const auto truncated = m_parser.finish();
    const QString during = m_awaited.isEmpty() ? QString() : m_awaited.first().label;
    Error error = SmtpErrors::connectionClosed(serverName(), during);
    if (truncated)
        error.detail += QStringLiteral("; ") + truncated->toString();
    fail(error);
}

void SmtpTransport::onTimeout()
{
    if (m_state == State::Connecting)
        fail(SmtpErrors::noGreeting(serverName(), m_settings.connectTimeoutMs));
    else if (m_state == State::StartingTls)
        fail(SmtpErrors::tlsFailed(serverName(), QStringLiteral("TLS handshake timed out")));
    else if (!m_awaited.isEmpty())
        fail(SmtpErrors::noReply(serverName(), m_awaited.first().label, m_awaited.first().timeoutMs));
}

void SmtpTransport::fail(const Error &error)
{
    if (!m_socket && m_state == State::Disconnected)
        return;
    abort();
    log(ProtocolLog::Direction::Event, "failed: " + error.toString().toUtf8());
    emit failed(error);
}

void SmtpTransport::log(ProtocolLog::Direction direction, const QByteArray &text)
{
    // Without a log of its own, the application's (View > Protocol Log), if it keeps one.
    ProtocolLog *log = m_settings.log ? m_settings.log : ProtocolLog::applicationLog();
    if (!log)
        return;
    const QString name = m_settings.logName.isEmpty() ? QStringLiteral("smtp ") + serverName() : m_settings.logName;
    log->append(name, direction, text);
}

} // namespace Kestrel::Smtp

#include "imap/session/ImapConnection.h"

#include "imap/session/DeflateCodec.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace Kestrel::Imap {
namespace {

// The tag of the one command this class sends itself. Sessions use other tags.
const QByteArray StartTlsTag = QByteArrayLiteral("S0");

bool startsWith(const Frame &frame, const char *prefix)
{
    return frame.bytes.startsWith(prefix);
}

} // namespace

ImapConnection::ImapConnection(ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_framer(m_settings.limits)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Error::Code::Network, tr("%1 did not answer in time.").arg(serverName()),
             QStringLiteral("no greeting within %1 ms").arg(m_settings.connectTimeoutMs));
    });
}

ImapConnection::~ImapConnection()
{
    abort();
}

QString ImapConnection::serverName() const
{
    return m_settings.endpoint.host + QLatin1Char(':') + QString::number(m_settings.endpoint.port);
}

bool ImapConnection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QSslCertificate ImapConnection::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

void ImapConnection::open()
{
    abort();
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_settings.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_settings.extraCaCertificates);
    m_socket->setSslConfiguration(config);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // pipelined commands go out at once
    connect(m_socket, &QSslSocket::connected, this, &ImapConnection::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ImapConnection::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &ImapConnection::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ImapConnection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &ImapConnection::onDisconnected);

    m_framer.reset();
    m_compression.reset();
    m_certificateRejected = false;
    m_state = State::Connecting;
    m_connectTimer.start(m_settings.connectTimeoutMs);
    const ServerEndpoint &endpoint = m_settings.endpoint;
    if (endpoint.security == ConnectionSecurity::Tls)
        m_socket->connectToHostEncrypted(endpoint.host, endpoint.port);
    else
        m_socket->connectToHost(endpoint.host, endpoint.port);
}

void ImapConnection::send(const QByteArray &bytes)
{
    if (m_socket && m_state == State::Open)
        m_socket->write(m_compression ? m_compression->compress(bytes) : bytes);
}

void ImapConnection::flush()
{
    if (m_socket && m_state == State::Open)
        m_socket->flush();
}

void ImapConnection::startCompression()
{
    if (m_compression || !m_socket)
        return;
    m_compression = std::make_unique<DeflateCodec>();
    // The frame being handled is the tagged OK; whatever the framer holds after it came in the same
    // read and is already compressed by the server.
    const QByteArray tail = m_framer.unconsumedBytes();
    m_framer.reset();
    if (!tail.isEmpty())
        feedCompressed(tail);
}

bool ImapConnection::feedCompressed(const QByteArray &bytes)
{
    const std::optional<QByteArray> plain = m_compression->decompress(bytes);
    if (!plain) {
        fail(Error::Code::Protocol, tr("%1 sent data that cannot be read.").arg(serverName()),
             QStringLiteral("corrupt DEFLATE stream (RFC 4978)"));
        return false;
    }
    m_framer.feed(*plain);
    return true;
}

void ImapConnection::close()
{
    if (!m_socket)
        return;
    m_state = State::Disconnected;
    m_socket->disconnectFromHost();
}

void ImapConnection::abort()
{
    m_connectTimer.stop();
    m_state = State::Disconnected;
    if (!m_socket)
        return;
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void ImapConnection::onConnected()
{
    if (m_settings.endpoint.security != ConnectionSecurity::Tls)
        m_state = State::AwaitingGreeting; // implicit TLS waits for encrypted() instead
}

void ImapConnection::onEncrypted()
{
    if (m_state == State::StartingTls) {
        // RFC 3501 6.2.1: the pre-TLS greeting and capabilities are void; the session asks again.
        m_connectTimer.stop();
        m_state = State::Open;
        emit opened(m_greeting);
        return;
    }
    m_state = State::AwaitingGreeting;
}

void ImapConnection::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_compression) {
        if (!feedCompressed(m_socket->readAll()))
            return;
    } else {
        QSslSocket *socket = m_socket;
        m_framer.feedFrom(socket->bytesAvailable(), [socket](char *into, qint64 maxBytes) { return socket->read(into, maxBytes); });
    }
    Frame frame;
    for (;;) {
        const ResponseFramer::Status status = m_framer.next(&frame);
        if (status == ResponseFramer::Status::NeedMore)
            return;
        if (status == ResponseFramer::Status::Error) {
            fail(Error::Code::Protocol, tr("%1 sent data that cannot be read.").arg(serverName()),
                 m_framer.error().toString());
            return;
        }
        handleFrame(frame);
        if (!m_socket) // a handler closed or failed the connection
            return;
    }
}

void ImapConnection::handleFrame(const Frame &frame)
{
    switch (m_state) {
    case State::AwaitingGreeting:
        break;
    case State::StartingTls:
        handleStartTlsReply(frame);
        return;
    case State::Open:
        emit frameReceived(frame);
        return;
    default:
        return; // bytes before the TLS handshake finished cannot reach here
    }
    // The greeting (RFC 3501 7.1): OK, PREAUTH or BYE.
    if (startsWith(frame, "* BYE")) {
        fail(Error::Code::Server, tr("%1 refused the connection.").arg(serverName()), QString::fromUtf8(frame.bytes.trimmed()));
        return;
    }
    const bool cleartext = m_settings.endpoint.security != ConnectionSecurity::Tls;
    if (m_settings.endpoint.security == ConnectionSecurity::StartTls) {
        if (!startsWith(frame, "* OK")) {
            // PREAUTH on a cleartext connection leaves no way to start TLS (RFC 3501 6.2.1).
            fail(Error::Code::Tls, tr("%1 does not allow a secure connection (STARTTLS).").arg(serverName()),
                 QString::fromUtf8(frame.bytes.trimmed()));
            return;
        }
        m_greeting = frame;
        m_state = State::StartingTls;
        m_socket->write(StartTlsTag + " STARTTLS\r\n");
        return;
    }
    Q_UNUSED(cleartext);
    m_connectTimer.stop();
    m_state = State::Open;
    emit opened(frame);
}

void ImapConnection::handleStartTlsReply(const Frame &frame)
{
    if (frame.bytes.startsWith("* "))
        return; // untagged data before the reply (e.g. CAPABILITY) is void once TLS starts
    if (!frame.bytes.startsWith(QByteArray(StartTlsTag + " OK"))) {
        fail(Error::Code::Tls, tr("%1 does not allow a secure connection (STARTTLS).").arg(serverName()),
             QString::fromUtf8(frame.bytes.trimmed()));
        return;
    }
    // Anything the server sent after its OK but before the handshake would be read as if it came over
    // TLS: the STARTTLS command-injection attack (CVE-2011-0411 family). Refuse it.
    if (m_framer.bufferedBytes() > 0 || m_socket->bytesAvailable() > 0) {
        fail(Error::Code::Tls, tr("%1 sent unexpected data while starting a secure connection.").arg(serverName()),
             QStringLiteral("bytes after STARTTLS OK"));
        return;
    }
    m_framer.reset();
    m_socket->startClientEncryption();
}

void ImapConnection::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate peer = m_socket->peerCertificate();
    if (TlsTrust::isPinned(peer, m_settings.endpoint.host, m_settings.endpoint.port, m_settings.pinnedCertificates)) {
        m_socket->ignoreSslErrors(errors); // exactly this certificate, chosen by the user for this server
        return;
    }
    m_certificateRejected = true;
    emit certificateRejected(TlsTrust::describe(m_settings.endpoint.host, m_settings.endpoint.port,
                                                m_socket->peerCertificateChain(), errors));
}

void ImapConnection::onSocketError()
{
    if (!m_socket || m_state == State::Disconnected)
        return;
    if (m_certificateRejected) {
        fail(Error::Code::Tls, tr("The certificate of %1 is not trusted.").arg(serverName()), m_socket->errorString());
        return;
    }
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected(); // the server hung up: say so, with what it left unfinished
        return;
    }
    const bool handshake = m_socket->error() == QAbstractSocket::SslHandshakeFailedError;
    if (handshake) {
        fail(Error::Code::Tls, tr("A secure connection to %1 could not be established.").arg(serverName()),
             m_socket->errorString());
        return;
    }
    fail(Error::Code::Network,
         m_state == State::Open ? tr("The connection to %1 was lost: %2").arg(serverName(), m_socket->errorString())
                                : tr("Cannot connect to %1: %2").arg(serverName(), m_socket->errorString()),
         m_socket->errorString());
}

void ImapConnection::onDisconnected()
{
    if (m_state == State::Disconnected) { // after close()
        emit closed();
        return;
    }
    const auto truncated = m_framer.finish();
    fail(Error::Code::Network, tr("%1 closed the connection.").arg(serverName()),
         truncated ? truncated->toString() : QString());
}

void ImapConnection::fail(Error::Code code, const QString &userMessage, const QString &detail)
{
    abort();
    emit failed(Error::make(code, userMessage, detail));
}

} // namespace Kestrel::Imap

#pragma once

#include "common/Error.h"
#include "common/ServerEndpoint.h"
#include "imap/parser/Frame.h"
#include "imap/parser/ResponseFramer.h"
#include "net/TlsTrust.h"

#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace Kestrel::Imap {

class DeflateCodec;

struct ConnectionSettings {
    ServerEndpoint endpoint;
    QList<TrustedCertificate> pinnedCertificates; // the user's "trust this exact certificate" choices
    QList<QSslCertificate> extraCaCertificates;   // e.g. a company CA configured for the account
    int connectTimeoutMs = 20000;
    ResponseFramer::Limits limits;
};

// The byte transport of one IMAP connection: TCP, implicit TLS or STARTTLS (RFC 3501 6.2.1 / RFC 8314),
// certificate checks, and framing of the server's byte stream into responses. It knows nothing of
// commands beyond STARTTLS; ImapSession drives it. Every open() ends in exactly one of opened() or
// failed() (certificateRejected() comes just before failed() when the certificate is the reason).
class ImapConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, AwaitingGreeting, StartingTls, Open };

    explicit ImapConnection(ConnectionSettings settings, QObject *parent = nullptr);
    ~ImapConnection() override;

    void open();
    // Writes command bytes as they are; `logText` is what the protocol log shows (credentials redacted).
    void send(const QByteArray &bytes);
    // Writes what send() buffered without waiting for the event loop (QAbstractSocket::flush).
    void flush();
    // COMPRESS=DEFLATE (RFC 4978 3): call while handling the tagged OK of COMPRESS (inside
    // frameReceived). Bytes already read after that OK are inflated; all later traffic is compressed.
    void startCompression();
    bool isCompressed() const { return m_compression != nullptr; }
    // Orderly close (after LOGOUT); emits closed().
    void close();
    // Drops the connection at once; emits nothing further.
    void abort();

    State state() const { return m_state; }
    bool isEncrypted() const;
    const ConnectionSettings &settings() const { return m_settings; }
    QSslCertificate peerCertificate() const;

signals:
    // The connection is usable (TLS in place unless the account allows none). For STARTTLS, the
    // greeting is the one received before the upgrade; its capabilities must not be trusted.
    void opened(const Kestrel::Imap::Frame &greeting);
    void frameReceived(const Kestrel::Imap::Frame &frame);
    void certificateRejected(const Kestrel::CertificateProblem &problem);
    void failed(const Kestrel::Error &error);
    void closed();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void handleFrame(const Frame &frame);
    bool feedCompressed(const QByteArray &bytes);
    void handleStartTlsReply(const Frame &frame);
    void fail(Error::Code code, const QString &userMessage, const QString &detail = {});
    QString serverName() const;

    ConnectionSettings m_settings;
    QSslSocket *m_socket = nullptr;
    ResponseFramer m_framer;
    QTimer m_connectTimer;
    State m_state = State::Disconnected;
    Frame m_greeting;
    bool m_certificateRejected = false;
    std::unique_ptr<DeflateCodec> m_compression;
};

} // namespace Kestrel::Imap

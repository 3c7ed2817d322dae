#pragma once

#include "common/Error.h"
#include "net/ProtocolLog.h"
#include "net/TlsTrust.h"
#include "smtp/SmtpClientSettings.h"
#include "smtp/SmtpCommand.h"
#include "smtp/SmtpReply.h"
#include "smtp/SmtpReplyParser.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QSslSocket;

namespace Kestrel::Smtp {

// The byte transport of one SMTP connection: TCP, implicit TLS (RFC 8314) or the STARTTLS upgrade
// (RFC 3207), certificate checks, reply framing, per-reply timeouts and the protocol log. It knows which
// replies it still waits for, not what they mean; SmtpClient drives it. After open(), the server's
// greeting is the first reply. failed() is emitted at most once and leaves the transport closed
// (certificateRejected() comes just before it when the certificate is the reason).
class SmtpTransport : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, StartingTls, Closing };

    explicit SmtpTransport(SmtpClientSettings settings, QObject *parent = nullptr);
    ~SmtpTransport() override;

    void open();
    // Writes the commands in one go (RFC 2920 pipelining when there are several); each awaits a reply.
    void sendCommands(const QList<SmtpCommand> &commands);
    void sendCommand(const SmtpCommand &command) { sendCommands({command}); }
    // Writes dot-stuffed message data including its final ".\r\n" (RFC 5321 section 4.1.1.4); awaits the
    // one reply to its end, allowing dataEndTimeoutMs once all bytes are written.
    void sendData(const QByteArray &data);
    // After the 220 reply to STARTTLS: refuses anything the server sent after that reply (RFC 3207
    // section 6, the command-injection attack) and starts the handshake; encrypted() follows.
    void startTls();
    // Orderly end: disconnects and emits closed().
    void close();
    // Drops the connection at once; emits nothing further.
    void abort();

    State state() const { return m_state; }
    bool isEncrypted() const;
    QString serverName() const; // "host:port"
    // The local end as an address literal for EHLO (RFC 5321 section 4.1.3): "[192.0.2.1]".
    QString localAddressLiteral() const;
    const SmtpClientSettings &settings() const { return m_settings; }

signals:
    void replyReceived(const Kestrel::Smtp::SmtpReply &reply);
    void encrypted(); // the STARTTLS handshake succeeded
    void dataProgress(qint64 bytesWritten, qint64 bytesTotal);
    // Synchronously inside sendData(), just before the data and its final dot are handed to the socket.
    void dataAboutToBeWritten();
    void certificateRejected(const Kestrel::CertificateProblem &problem);
    void failed(const Kestrel::Error &error);
    void closed();

private:
    struct Awaited {
        QString label;
        int timeoutMs = 0;
    };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void handleReply(const SmtpReply &reply);
    void finishClose();
    void fail(const Error &error);
    void log(ProtocolLog::Direction direction, const QByteArray &text);

    SmtpClientSettings m_settings;
    QSslSocket *m_socket = nullptr;
    SmtpReplyParser m_parser;
    QTimer m_timer;
    State m_state = State::Disconnected;
    QList<Awaited> m_awaited;
    qint64 m_dataTotal = 0;   // size of the message data being written, 0 when none
    qint64 m_dataWritten = 0;
    bool m_certificateRejected = false;
};

} // namespace Kestrel::Smtp

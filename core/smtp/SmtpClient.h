#pragma once

#include "common/Error.h"
#include "net/TlsTrust.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpClientSettings.h"
#include "smtp/SmtpCredentials.h"
#include "smtp/SmtpEnvelope.h"
#include "smtp/SmtpSendResult.h"

#include <QObject>

#include <memory>

namespace Kestrel::Smtp {

class SmtpOpenProcedure;
class SmtpSendProcedure;
class SmtpTransport;
struct SmtpReply;
struct SmtpStep;

// An SMTP submission client (RFC 5321, RFC 6409) on one connection, non-blocking. Usage:
//   open(credentials) → opened() | failed(error)
//   send(envelope, message) → sent(result) | failed(error); repeat for more messages
//   quit() → closed()
// One operation at a time: each ends in exactly one signal, timeouts and dropped connections included
// (send() while not Ready — still opening, sending or closed — fails at once with "Not connected").
// certificateRejected() comes just before failed() when the server's certificate is not trusted.
// After failed() the client may still be Ready (a refused message) or Disconnected (connection lost).
// A drop while nothing runs emits closed(). Credentials are used for the AUTH exchange and not kept.
class SmtpClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Opening, Ready, Sending, Closing };

    explicit SmtpClient(SmtpClientSettings settings, QObject *parent = nullptr);
    ~SmtpClient() override;

    void open(const SmtpCredentials &credentials = {});
    // `message` is the complete RFC 5322 message; LF-only line ends are accepted and sent as CRLF.
    void send(const SmtpEnvelope &envelope, const QByteArray &message);
    // Ends the session politely (QUIT, RFC 5321 section 4.1.1.10); waits for a running send first.
    void quit();
    // Drops the connection at once; emits nothing further.
    void abort();

    State state() const { return m_state; }
    bool isEncrypted() const;
    // What the server announced in its last EHLO reply (after STARTTLS, the encrypted one).
    const SmtpCapabilities &capabilities() const { return m_capabilities; }
    QString serverName() const;

signals:
    void opened();
    void sent(const Kestrel::Smtp::SmtpSendResult &result);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    // Emitted synchronously, before the message data and its final "." go to the socket: from here on
    // the server may have the message even if no reply ever arrives. A caller that must never deliver
    // twice records that in a directly connected slot (core/send's outbox does).
    void committingData();
    void certificateRejected(const Kestrel::CertificateProblem &problem);
    void failed(const Kestrel::Error &error);
    void closed();

private:
    void onReply(const SmtpReply &reply);
    void onEncrypted();
    void onTransportFailed(const Error &error);
    void onTransportClosed();
    void handleStep(const SmtpStep &step);
    void finishOpen(const SmtpStep &step);
    void finishSend(const SmtpStep &step);
    void startQuit();
    void failLater(const Error &error);

    SmtpTransport *m_transport = nullptr;
    std::unique_ptr<SmtpOpenProcedure> m_open;
    std::unique_ptr<SmtpSendProcedure> m_send;
    SmtpCapabilities m_capabilities;
    State m_state = State::Disconnected;
    bool m_needsReset = false;    // a transaction was started on this connection
    bool m_quitRequested = false; // quit() while sending
};

} // namespace Kestrel::Smtp

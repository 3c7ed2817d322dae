#pragma once

#include "imap/session/ImapConnection.h"
#include "imap/session/ImapTransport.h"

namespace Kestrel::Imap {

// ImapTransport over a real ImapConnection (TCP, TLS, STARTTLS, framing).
class ConnectionTransport : public ImapTransport
{
    Q_OBJECT
public:
    explicit ConnectionTransport(ConnectionSettings settings, QObject *parent = nullptr);

    void open() override;
    void send(const QByteArray &bytes) override;
    void flush() override;
    void startCompression() override;
    void close() override;
    void abort() override;
    bool greetingTrusted() const override;
    QString serverName() const override;

    ImapConnection &connection() { return m_connection; }

private:
    ImapConnection m_connection;
};

} // namespace Kestrel::Imap

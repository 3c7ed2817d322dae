#pragma once

#include "imap/parser/ResponseFramer.h"
#include "imap/session/ImapTransport.h"

namespace Kestrel::Test {

// An in-memory ImapTransport: what the session writes is recorded, what the "server" says is framed
// by the real ResponseFramer and handed over synchronously. Transcript tests drive it line by line.
class FakeTransport : public Imap::ImapTransport
{
    Q_OBJECT
public:
    using ImapTransport::ImapTransport;

    void open() override { ++m_opens; }
    void send(const QByteArray &bytes) override;
    void flush() override { m_unflushed = 0; }
    void startCompression() override { m_compressed = true; }
    void close() override;
    void abort() override { m_aborted = true; }
    bool greetingTrusted() const override { return m_trusted; }
    QString serverName() const override { return QStringLiteral("imap.test:993"); }

    // Test side.
    void setGreetingTrusted(bool trusted) { m_trusted = trusted; }
    void greet(const QByteArray &line);
    void serverSends(const QByteArray &bytes);
    // The socket drops now (mid-literal if bytes were left incomplete).
    void drop();
    QByteArray takeSent();
    int writes() const { return m_writes; }
    // Bytes sent since the last flush().
    qsizetype unflushed() const { return m_unflushed; }
    int opens() const { return m_opens; }
    bool isCompressed() const { return m_compressed; }
    bool isAborted() const { return m_aborted; }
    bool isClosed() const { return m_closed; }

private:
    Imap::ResponseFramer m_framer;
    QByteArray m_sent;
    int m_writes = 0;
    qsizetype m_unflushed = 0;
    int m_opens = 0;
    bool m_trusted = true;
    bool m_compressed = false;
    bool m_aborted = false;
    bool m_closed = false;
};

} // namespace Kestrel::Test

#include "FakeTransport.h"

#include <QTimer>

namespace Kestrel::Test {

void FakeTransport::send(const QByteArray &bytes)
{
    if (m_aborted || m_closed)
        return;
    m_sent += bytes;
    m_unflushed += bytes.size();
    ++m_writes;
}

void FakeTransport::close()
{
    m_closed = true;
    QTimer::singleShot(0, this, &FakeTransport::closed); // like a socket: later, not inside the call
}

void FakeTransport::greet(const QByteArray &line)
{
    m_framer.reset();
    m_aborted = m_closed = false;
    emit opened(Imap::Frame{line, 0, 1});
}

void FakeTransport::serverSends(const QByteArray &bytes)
{
    m_framer.feed(bytes);
    Imap::Frame frame;
    while (!m_aborted && !m_closed && m_framer.next(&frame) == Imap::ResponseFramer::Status::Frame)
        emit frameReceived(frame);
}

void FakeTransport::drop()
{
    const auto truncated = m_framer.finish();
    m_aborted = true;
    emit failed(Error::make(Error::Code::Network, QStringLiteral("imap.test:993 closed the connection."),
                            truncated ? truncated->toString() : QString()));
}

QByteArray FakeTransport::takeSent()
{
    return std::exchange(m_sent, QByteArray());
}

} // namespace Kestrel::Test

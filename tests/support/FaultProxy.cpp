#include "FaultProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace Kestrel::Test {

// One relayed connection: the client's socket, the server's, and the one fault it gets.
class FaultRelay : public QObject
{
public:
    FaultRelay(QTcpSocket *client, quint16 targetPort, const FaultProxy::Fault &fault, quint32 dripSeed, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_fault(fault)
        , m_drip(dripSeed)
    {
        m_client->setParent(this);
        m_upstream = new QTcpSocket(this);
        m_up.from = m_down.to = m_client;
        m_up.to = m_down.from = m_upstream;
        (fault.towardsClient ? m_down : m_up).faulted = fault.kind != FaultProxy::Kind::None;
        connect(m_client, &QTcpSocket::readyRead, this, [this] { receive(m_up); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { receive(m_down); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { pump(m_up); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { ended(m_up); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { ended(m_down); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (m_upstream->state() != QAbstractSocket::ConnectedState)
                ended(m_down);
        });
        connect(m_client, &QTcpSocket::errorOccurred, this, [this] {
            if (m_client->state() != QAbstractSocket::ConnectedState)
                ended(m_up);
        });
        // TCP_NODELAY as Kestrel's own sockets have it: the relay adds no Nagle delay of its own to the
        // small writes of a conversation (a delay the client would not see without the proxy).
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_upstream->connectToHost(QHostAddress::LocalHost, targetPort);
        // The client may have written before this object existed.
        if (m_client->bytesAvailable() > 0)
            receive(m_up);
    }

    bool isOpen() const { return !m_closed; }

private:
    struct Direction {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        QByteArray pending;
        qint64 passed = 0;
        bool faulted = false; // the fault is waiting for this direction's offset
        bool held = false;    // stalled or dripping: the timer moves the bytes
        bool ended = false;   // `from` closed: close `to` once pending is out
    };

    void receive(Direction &d)
    {
        d.pending += d.from->readAll();
        pump(d);
    }

    void pump(Direction &d)
    {
        if (m_closed || d.held || d.to->state() != QAbstractSocket::ConnectedState)
            return;
        if (d.faulted) {
            const qint64 allowed = qMin<qint64>(m_fault.offset - d.passed, d.pending.size());
            forward(d, allowed);
            // The fault strikes on the byte after the offset, if there is one.
            if (d.passed >= m_fault.offset && !d.pending.isEmpty()) {
                d.faulted = false;
                strike(d);
                return;
            }
        } else {
            forward(d, d.pending.size());
        }
        if (d.ended && d.pending.isEmpty())
            d.to->disconnectFromHost();
    }

    void forward(Direction &d, qint64 bytes)
    {
        if (bytes <= 0)
            return;
        d.to->write(d.pending.left(bytes));
        d.pending.remove(0, bytes);
        d.passed += bytes;
    }

    void strike(Direction &d)
    {
        switch (m_fault.kind) {
        case FaultProxy::Kind::None:
            pump(d);
            return;
        case FaultProxy::Kind::Cut:
            close(false);
            return;
        case FaultProxy::Kind::Reset:
            close(true);
            return;
        case FaultProxy::Kind::Stall:
            d.held = true;
            QTimer::singleShot(m_fault.stallMs, this, [this, &d] {
                d.held = false;
                pump(d);
            });
            return;
        case FaultProxy::Kind::Drip:
            d.held = true;
            drip(d, m_fault.dripBytes);
            return;
        }
    }

    // A few bytes every few milliseconds until `left` bytes went out this way, then the normal pace.
    void drip(Direction &d, int left)
    {
        if (m_closed)
            return;
        if (left <= 0) {
            d.held = false;
            pump(d);
            return;
        }
        const int chunk = qMin<int>(left, int(m_drip.bounded(1, 9)));
        const qint64 sent = qMin<qint64>(chunk, d.pending.size());
        if (d.to->state() == QAbstractSocket::ConnectedState)
            forward(d, sent);
        if (d.ended && d.pending.isEmpty()) {
            d.held = false;
            pump(d);
            return;
        }
        // 1-3 ms apart: long enough that the client reads most pieces one by one (the point of a drip:
        // records and lines arriving in fragments), short enough not to make the run slow for nothing.
        QTimer::singleShot(int(m_drip.bounded(1, 4)), this, [this, &d, left, sent] { drip(d, left - int(sent)); });
    }

    void ended(Direction &d)
    {
        if (d.ended)
            return;
        d.ended = true;
        if (d.from->bytesAvailable() > 0)
            d.pending += d.from->readAll();
        pump(d);
        finishWhenBothClosed();
    }

    void finishWhenBothClosed()
    {
        if (m_client->state() == QAbstractSocket::UnconnectedState && m_upstream->state() == QAbstractSocket::UnconnectedState)
            markClosed();
        else if (m_up.ended && m_down.ended)
            close(false);
    }

    // `reset`: SO_LINGER 0 then close, so the kernel sends RST instead of FIN and drops unsent bytes.
    void close(bool reset)
    {
        for (QTcpSocket *socket : {m_client, m_upstream}) {
            if (reset && socket->socketDescriptor() != -1) {
                const linger hard{1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            }
            if (!reset)
                socket->flush(); // what was relayed before the cut still arrives
            socket->abort();
        }
        markClosed();
    }

    void markClosed()
    {
        if (m_closed)
            return;
        m_closed = true;
        deleteLater();
    }

    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    FaultProxy::Fault m_fault;
    QRandomGenerator m_drip;
    Direction m_up, m_down;
    bool m_closed = false;
};

QString FaultProxy::Fault::describe() const
{
    const char *way = towardsClient ? "server->client" : "client->server";
    switch (kind) {
    case Kind::None:
        return QStringLiteral("no fault");
    case Kind::Cut:
        return QStringLiteral("cut %1 after byte %2").arg(QLatin1String(way)).arg(offset);
    case Kind::Reset:
        return QStringLiteral("reset %1 after byte %2").arg(QLatin1String(way)).arg(offset);
    case Kind::Stall:
        return QStringLiteral("stall %1 for %2 ms after byte %3").arg(QLatin1String(way)).arg(stallMs).arg(offset);
    case Kind::Drip:
        return QStringLiteral("drip %1 bytes %2 after byte %3").arg(dripBytes).arg(QLatin1String(way)).arg(offset);
    }
    return {};
}

FaultProxy::FaultProxy(quint16 targetPort, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
    , m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QStringList FaultProxy::takeLog()
{
    return std::exchange(m_log, {});
}

int FaultProxy::openRelays() const
{
    int open = 0;
    for (const QObject *child : children()) {
        if (const auto *relay = dynamic_cast<const FaultRelay *>(child); relay && relay->isOpen())
            ++open;
    }
    return open;
}

FaultProxy::Fault FaultProxy::draw()
{
    Fault fault;
    if (!m_faulty)
        return fault;
    const int roll = int(m_random.bounded(100));
    fault.kind = roll < 15 ? Kind::None : roll < 45 ? Kind::Cut : roll < 60 ? Kind::Stall : roll < 75 ? Kind::Drip : Kind::Reset;
    fault.towardsClient = m_random.bounded(2) == 1;
    // Squared: early bytes (TLS handshake, greeting, login) are hit as often as the later commands.
    const double u = m_random.generateDouble();
    fault.offset = qint64(u * u * double(m_maxOffset));
    // Any pause shorter than the client's timeouts (20 s and more) takes the same paths; a long one
    // only costs time.
    fault.stallMs = int(m_random.bounded(30, 300));
    fault.dripBytes = int(m_random.bounded(20, 1500));
    return fault;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        const Fault fault = draw();
        m_log << fault.describe();
        new FaultRelay(client, m_targetPort, fault, m_random.generate(), this);
    }
}

} // namespace Kestrel::Test

#pragma once

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTcpServer>

namespace Kestrel::Test {

// A TCP proxy on 127.0.0.1 in front of a loopback server (Dovecot, the SMTP sink) that damages each
// connection it relays in one seeded way (issue 9, "Faults"): it cuts the connection after a random number
// of bytes in one direction, stalls that direction for a while, drips it a few bytes at a time, or resets
// the connection (RST). The bytes are relayed untouched otherwise, so TLS runs end to end through it and
// a fault hits the encrypted stream at an arbitrary byte, as a broken network would.
// Every choice comes from one QRandomGenerator seeded by the caller: the same seed and the same traffic
// give the same faults. With setFaulty(false) it relays cleanly (the recovery after the faults).
class FaultProxy : public QObject
{
public:
    enum class Kind { None, Cut, Stall, Drip, Reset };

    // What happens to one relayed connection: `kind` strikes `direction` (true: server to client) once
    // `offset` bytes have passed in that direction.
    struct Fault {
        Kind kind = Kind::None;
        bool towardsClient = false;
        qint64 offset = 0;
        int stallMs = 0;    // Stall: how long nothing moves
        int dripBytes = 0;  // Drip: how many bytes go out slowly before the pace is normal again
        QString describe() const;
    };

    FaultProxy(quint16 targetPort, quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setFaulty(bool faulty) { m_faulty = faulty; }
    // Largest cut / stall / drip offset drawn; small conversations want a small one, or most faults
    // fall after the conversation's end.
    void setMaxOffset(qint64 bytes) { m_maxOffset = bytes; }
    // One line per connection relayed since the last call: which fault it got (for the failure message).
    QStringList takeLog();
    // Relays still open (the test waits for 0 before it compares, so no late byte changes anything).
    int openRelays() const;

private:
    void accept();
    Fault draw();

    QTcpServer m_server;
    quint16 m_targetPort;
    QRandomGenerator m_random;
    bool m_faulty = true;
    qint64 m_maxOffset = 6000;
    QStringList m_log;
};

} // namespace Kestrel::Test

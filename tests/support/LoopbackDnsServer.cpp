#include "LoopbackDnsServer.h"

#include <QRandomGenerator>
#include <QUdpSocket>
#include <QtEndian>

namespace Kestrel::Test {
namespace {

constexpr quint16 TypeSrv = 33;
constexpr quint16 ClassIn = 1;

void appendUint16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8)).append(char(value & 0xff));
}

QByteArray encodeName(const QString &name)
{
    QByteArray out;
    for (const QString &label : name.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toLatin1();
        out.append(char(bytes.size())).append(bytes);
    }
    return out.append('\0');
}

// Reads the question's name (uncompressed, as resolvers send it); -1 on malformed input.
int readName(const QByteArray &packet, int offset, QString &name)
{
    QStringList labels;
    while (offset < packet.size()) {
        const int length = quint8(packet[offset++]);
        if (length == 0) {
            name = labels.join(QLatin1Char('.'));
            return offset;
        }
        if (length > 63 || offset + length > packet.size())
            return -1;
        labels << QString::fromLatin1(packet.mid(offset, length));
        offset += length;
    }
    return -1;
}

} // namespace

LoopbackDnsServer::LoopbackDnsServer(QObject *parent)
    : QObject(parent)
{
}

bool LoopbackDnsServer::start()
{
    // A few random addresses in 127.53.0.0/16, so that tests running in parallel do not collide.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const quint32 host = (127u << 24) | (53u << 16) | (QRandomGenerator::global()->bounded(1, 65535));
        auto *socket = new QUdpSocket(this);
        if (socket->bind(QHostAddress(host), 53)) {
            m_socket = socket;
            m_address = QHostAddress(host);
            connect(m_socket, &QUdpSocket::readyRead, this, &LoopbackDnsServer::onReadyRead);
            return true;
        }
        m_error = socket->errorString();
        delete socket;
    }
    return false;
}

void LoopbackDnsServer::onReadyRead()
{
    while (m_socket->hasPendingDatagrams()) {
        QByteArray query(int(m_socket->pendingDatagramSize()), '\0');
        QHostAddress sender;
        quint16 senderPort = 0;
        m_socket->readDatagram(query.data(), query.size(), &sender, &senderPort);
        const QByteArray reply = answer(query);
        if (!reply.isEmpty())
            m_socket->writeDatagram(reply, sender, senderPort);
    }
}

// RFC 1035 4.1: echo the header and question, then the answers; NXDOMAIN (rcode 3) when none.
QByteArray LoopbackDnsServer::answer(const QByteArray &query)
{
    if (query.size() < 12 || qFromBigEndian<quint16>(query.constData() + 4) != 1)
        return {};
    QString name;
    const int end = readName(query, 12, name);
    if (end < 0 || end + 4 > query.size())
        return {};
    const quint16 type = qFromBigEndian<quint16>(query.constData() + end);
    m_questions.append(name);
    const QList<Srv> records = type == TypeSrv ? m_srv.value(name.toLower()) : QList<Srv>();
    QByteArray reply = query.left(end + 4);
    reply[2] = char(0x84 | (query[2] & 0x01)); // QR, AA, keep RD
    reply[3] = char(records.isEmpty() && !m_srv.contains(name.toLower()) ? 0x03 : 0x00);
    reply[6] = char(records.size() >> 8);
    reply[7] = char(records.size() & 0xff);
    reply[8] = reply[9] = reply[10] = reply[11] = 0;
    for (const Srv &record : records) {
        reply.append(char(0xc0)).append(char(12)); // the name: a pointer to the question's
        appendUint16(reply, TypeSrv);
        appendUint16(reply, ClassIn);
        reply.append(QByteArray("\0\0\x0e\x10", 4)); // TTL 3600
        const QByteArray target = record.target == QLatin1String(".") ? QByteArray(1, '\0') : encodeName(record.target);
        appendUint16(reply, quint16(6 + target.size()));
        appendUint16(reply, record.priority);
        appendUint16(reply, record.weight);
        appendUint16(reply, record.port);
        reply.append(target);
    }
    return reply;
}

} // namespace Kestrel::Test

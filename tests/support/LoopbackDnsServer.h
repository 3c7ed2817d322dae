#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QUdpSocket;

namespace Kestrel::Test {

// A minimal authoritative DNS server (RFC 1035) on UDP port 53 of a private loopback address
// (127.53.x.y), answering SRV questions (RFC 2782) from a table and NXDOMAIN for anything else. Qt 6.4's
// QDnsLookup::setNameserver() always asks port 53, so this needs the right to bind it (root or
// CAP_NET_BIND_SERVICE, as the test machines have). Real DNS bytes on a real socket: the resolver code
// path is the production one.
class LoopbackDnsServer : public QObject
{
    Q_OBJECT
public:
    struct Srv {
        quint16 priority = 0, weight = 0, port = 0;
        QString target; // "." for "service not offered"
    };

    explicit LoopbackDnsServer(QObject *parent = nullptr);

    void addSrv(const QString &name, const Srv &record) { m_srv[name.toLower()].append(record); }
    bool start(); // binds; false (with errorString()) when no loopback address could be bound
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }
    QList<QString> questions() const { return m_questions; }

private:
    void onReadyRead();
    QByteArray answer(const QByteArray &query);

    QUdpSocket *m_socket = nullptr;
    QHostAddress m_address;
    QString m_error;
    QHash<QString, QList<Srv>> m_srv;
    QList<QString> m_questions;
};

} // namespace Kestrel::Test

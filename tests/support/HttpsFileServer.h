#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslServer>

namespace Kestrel::Test {

// A tiny HTTPS/1.1 server on 127.0.0.1 for tests that fetch files (account autoconfig): answers GET
// requests for the paths it was given with 200 and the bytes, anything else with 404, one request per
// connection. It presents the given certificate (e.g. the Dovecot test bed's self-signed one for
// "localhost"); clients must trust it explicitly.
class HttpsFileServer : public QSslServer
{
    Q_OBJECT
public:
    HttpsFileServer(const QString &certificatePath, const QString &keyPath, QObject *parent = nullptr);

    void setFile(const QByteArray &path, const QByteArray &body) { m_files.insert(path, body); }
    bool start(); // listens on a free loopback port
    // The request targets received (path and query), in order.
    QList<QByteArray> requests() const { return m_requests; }

private:
    void onReadyRead(QSslSocket *socket);

    QHash<QByteArray, QByteArray> m_files;
    QList<QByteArray> m_requests;
};

} // namespace Kestrel::Test

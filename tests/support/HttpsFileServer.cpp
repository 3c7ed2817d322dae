#include "HttpsFileServer.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QUrl>

namespace Kestrel::Test {

HttpsFileServer::HttpsFileServer(const QString &certificatePath, const QString &keyPath, QObject *parent)
    : QSslServer(parent)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate::fromPath(certificatePath).value(0));
    QFile keyFile(keyPath);
    if (keyFile.open(QIODevice::ReadOnly))
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // a server that asks clients for nothing
    setSslConfiguration(config);
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *next = nextPendingConnection()) {
            auto *socket = static_cast<QSslSocket *>(next);
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->bytesAvailable() > 0) // the request may have come with the end of the handshake
                onReadyRead(socket);
        }
    });
}

bool HttpsFileServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void HttpsFileServer::onReadyRead(QSslSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    if (!buffer.contains("\r\n\r\n"))
        return; // the request head is not complete yet
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    m_requests.append(target);
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    const auto file = m_files.constFind(path);
    const bool found = requestLine.value(0) == "GET" && file != m_files.constEnd();
    const QByteArray body = found ? *file : QByteArray("not found");
    socket->write((found ? "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n" : "HTTP/1.1 404 Not Found\r\n")
                  + QByteArray("Content-Length: ") + QByteArray::number(body.size())
                  + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace Kestrel::Test

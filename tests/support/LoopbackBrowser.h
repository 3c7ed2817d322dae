#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>

namespace Kestrel::Test {

// Stands in for the system browser in OAuth2 sign-in tests (install it with
// QDesktopServices::setUrlHandler): it loads the authorization page like a browser would, so the
// loopback server's redirect reaches Kestrel's listener.
class LoopbackBrowser : public QObject
{
    Q_OBJECT
public slots:
    void open(const QUrl &url)
    {
        ++opened;
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

public:
    int opened = 0;

private:
    QNetworkAccessManager m_network;
};

} // namespace Kestrel::Test

#include "RemoteResourceLoader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Kestrel::Ui {

RemoteResourceLoader::RemoteResourceLoader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void RemoteResourceLoader::fetch(const QList<QUrl> &urls)
{
    const quint64 generation = m_generation;
    for (const QUrl &url : urls) {
        QNetworkRequest request(url);
        // No cookies, no referrer: loading an image must not tell more than that it was loaded.
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > MaxBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, url, generation] {
            reply->deleteLater();
            if (generation != m_generation)
                return;
            if (reply->error() != QNetworkReply::NoError)
                emit failed(url, reply->errorString());
            else
                emit loaded(url, reply->readAll());
        });
    }
}

void RemoteResourceLoader::cancel()
{
    ++m_generation;
}

} // namespace Kestrel::Ui

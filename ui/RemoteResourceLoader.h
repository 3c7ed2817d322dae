#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Kestrel::Ui {

// Fetches a message's remote images once the user allowed them, asynchronously; the reader never
// fetches anything by itself. Each answer is capped in size; a URL fails quietly (the image stays
// empty) and is reported for the status bar.
class RemoteResourceLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;

    explicit RemoteResourceLoader(QObject *parent = nullptr);

    void fetch(const QList<QUrl> &urls);
    // Forgets requests still running (another message was opened).
    void cancel();

signals:
    void loaded(const QUrl &url, const QByteArray &data);
    void failed(const QUrl &url, const QString &error);

private:
    QNetworkAccessManager *m_network = nullptr;
    quint64 m_generation = 0;
};

} // namespace Kestrel::Ui

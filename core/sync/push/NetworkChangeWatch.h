#pragma once

#include <QObject>

namespace Kestrel::Sync {

// Tells when the network came back or changed (QNetworkInformation reachability), so the push
// connections retry at once instead of waiting out their back-off. Without a backend (a headless box,
// a platform Qt has no plugin for) it never fires and the back-off alone reconnects.
class NetworkChangeWatch : public QObject
{
    Q_OBJECT
public:
    explicit NetworkChangeWatch(QObject *parent = nullptr);

    bool isAvailable() const { return m_available; }

signals:
    void networkChanged();

private:
    bool m_available = false;
};

} // namespace Kestrel::Sync

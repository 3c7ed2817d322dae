#include "sync/push/NetworkChangeWatch.h"

#include <QNetworkInformation>

namespace Kestrel::Sync {

NetworkChangeWatch::NetworkChangeWatch(QObject *parent)
    : QObject(parent)
{
    m_available = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *information = m_available ? QNetworkInformation::instance() : nullptr;
    if (!information) {
        m_available = false;
        return;
    }
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                // Going offline needs no action (the connections notice); any way back is a reason to retry.
                if (reachability != QNetworkInformation::Reachability::Disconnected)
                    emit networkChanged();
            });
}

} // namespace Kestrel::Sync

#pragma once

#include "account/autoconfig/DiscoveryStep.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Kestrel {

// Fetches Thunderbird-style autoconfig files over HTTPS (all URLs at once) and answers with the first
// usable one in the order given. Certificate errors are never ignored: only the system's authorities
// and `extraCaCertificates` are trusted. Redirects are followed only to HTTPS.
class AutoconfigFetcher : public DiscoveryStep
{
    Q_OBJECT
public:
    AutoconfigFetcher(QList<QUrl> urls, QList<QSslCertificate> extraCaCertificates, int timeoutMs,
                      QObject *parent = nullptr);

    void start(const QString &emailAddress) override;
    // Why each URL gave nothing (for the wizard's details and for tests), in the order of the URLs.
    QStringList failures() const { return m_failures; }

private:
    void onReplyFinished(int index, QNetworkReply *reply);
    void finishIfDecided();

    QList<QUrl> m_urls;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs;
    QString m_emailAddress;
    QNetworkAccessManager *m_network = nullptr;
    // One entry per URL: nullopt while its request runs, then what it gave (possibly nothing).
    QList<std::optional<DiscoveredServers>> m_answers;
    QStringList m_failures;
    bool m_finished = false;
};

} // namespace Kestrel

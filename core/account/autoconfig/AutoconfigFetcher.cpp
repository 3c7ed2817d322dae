#include "account/autoconfig/AutoconfigFetcher.h"

#include "account/autoconfig/AutoconfigXmlParser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace Kestrel {
namespace {

// A provider's settings file is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxConfigBytes = 256 * 1024;

} // namespace

AutoconfigFetcher::AutoconfigFetcher(QList<QUrl> urls, QList<QSslCertificate> extraCaCertificates, int timeoutMs,
                                     QObject *parent)
    : DiscoveryStep(parent)
    , m_urls(std::move(urls))
    , m_extraCa(std::move(extraCaCertificates))
    , m_timeoutMs(timeoutMs)
{
}

void AutoconfigFetcher::start(const QString &emailAddress)
{
    m_emailAddress = emailAddress;
    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_answers = QList<std::optional<DiscoveredServers>>(m_urls.size());
    m_failures = QStringList(m_urls.size());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCa.isEmpty())
        tls.addCaCertificates(m_extraCa);
    for (int i = 0; i < m_urls.size(); ++i) {
        if (m_urls[i].scheme() != QLatin1String("https")) { // a password's destination is never taken from plain HTTP
            m_answers[i] = DiscoveredServers{};
            m_failures[i] = QStringLiteral("not HTTPS");
            continue;
        }
        QNetworkRequest request(m_urls[i]);
        request.setSslConfiguration(tls);
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, i, reply] { onReplyFinished(i, reply); });
    }
    // Nothing to wait for (no URLs, or none HTTPS): still answer from the event loop.
    QTimer::singleShot(0, this, &AutoconfigFetcher::finishIfDecided);
}

void AutoconfigFetcher::onReplyFinished(int index, QNetworkReply *reply)
{
    reply->deleteLater();
    DiscoveredServers found;
    const QByteArray body = reply->read(MaxConfigBytes + 1);
    if (reply->error() != QNetworkReply::NoError) {
        m_failures[index] = reply->errorString(); // TLS errors included: they end the request, unignored
    } else if (body.size() > MaxConfigBytes) {
        m_failures[index] = QStringLiteral("larger than %1 bytes").arg(MaxConfigBytes);
    } else {
        const AutoconfigXmlParser::Result parsed = AutoconfigXmlParser::parse(body, m_emailAddress);
        found = parsed.servers;
        m_failures[index] = parsed.error;
    }
    m_answers[index] = found;
    finishIfDecided();
}

// The answer is the first URL's, unless it gave nothing: then the next one's, and so on. A later URL
// that answered early waits for the earlier ones to finish.
void AutoconfigFetcher::finishIfDecided()
{
    if (m_finished)
        return;
    for (const std::optional<DiscoveredServers> &answer : std::as_const(m_answers)) {
        if (!answer)
            return; // an earlier, preferred URL is still loading
        if (answer->imap || answer->smtp) {
            m_finished = true;
            emit finished(*answer);
            return;
        }
    }
    m_finished = true;
    emit finished({});
}

} // namespace Kestrel

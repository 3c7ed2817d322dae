#pragma once

#include <QOAuthHttpServerReplyHandler>

namespace Kestrel {

// Qt's loopback redirect listener (RFC 8252 section 7.3: http://127.0.0.1:<port>/), with the token
// endpoint's reply handed over whole: Qt 6.4 only logs a failed code exchange, and Kestrel must show
// the provider's error (RFC 6749 section 5.2) and read the tokens the same way as a refresh does.
class OAuthReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    explicit OAuthReplyHandler(QObject *parent = nullptr);

    void networkReplyFinished(QNetworkReply *reply) override;

signals:
    void tokenReplyFinished(QNetworkReply *reply);
};

} // namespace Kestrel

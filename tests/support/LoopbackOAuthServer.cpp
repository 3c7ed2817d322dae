#include "LoopbackOAuthServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace Kestrel::Test {
namespace {

constexpr qsizetype MaxRequestBytes = 64 * 1024;

QHash<QByteArray, QByteArray> parseForm(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = pair.left(eq), value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        value.replace('+', ' '); // application/x-www-form-urlencoded
        values.insert(QByteArray::fromPercentEncoding(key), QByteArray::fromPercentEncoding(value));
    }
    return values;
}

QByteArray response(const QByteArray &status, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
         + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray json(const QByteArray &status, const QJsonObject &object)
{
    return response(status, "Content-Type: application/json\r\nCache-Control: no-store\r\n",
                    QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

LoopbackOAuthServer::LoopbackOAuthServer(QString user, QString clientId, QObject *parent)
    : QTcpServer(parent)
    , m_user(std::move(user))
    , m_clientId(std::move(clientId))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool LoopbackOAuthServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString LoopbackOAuthServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void LoopbackOAuthServer::onReadyRead(QTcpSocket *socket)
{
    // Accumulate until the header and Content-Length bytes of body are in, then answer and close.
    QByteArray buffered = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffered);
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0 && buffered.size() < MaxRequestBytes)
        return;
    qsizetype contentLength = 0;
    const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (headerEnd >= 0 && buffered.size() < headerEnd + 4 + contentLength && buffered.size() < MaxRequestBytes)
        return;
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0)
        request.query = parseForm(target.mid(question + 1));
    request.form = parseForm(buffered.mid(headerEnd + 4, contentLength));
    socket->write(answer(request));
    socket->disconnectFromHost();
}

QByteArray LoopbackOAuthServer::answer(const Request &request)
{
    if (request.method == "GET" && request.path == "/authorize")
        return authorize(request);
    if (request.method == "POST" && request.path == "/token")
        return token(request);
    if (request.method == "POST" && request.path == "/introspect")
        return introspect(request);
    return response("404 Not Found", {}, request.method + " " + request.path);
}

QByteArray LoopbackOAuthServer::authorize(const Request &request)
{
    const QByteArray redirectUri = request.query.value("redirect_uri");
    const QUrl redirect(QString::fromUtf8(redirectUri));
    if (request.query.value("client_id") != m_clientId.toUtf8() || !redirect.isValid()
        || redirect.host() != QLatin1String("127.0.0.1"))
        return response("400 Bad Request", {}, "unknown client or redirect_uri");
    QUrlQuery back;
    if (request.query.value("response_type") != "code" || request.query.value("code_challenge_method") != "S256"
        || request.query.value("code_challenge").isEmpty()) {
        back.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
    } else {
        const QByteArray code = newToken("code");
        m_codes.insert(code, {request.query.value("code_challenge"), redirectUri});
        back.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
    }
    back.addQueryItem(QStringLiteral("state"), QString::fromUtf8(request.query.value("state")));
    QUrl location = redirect;
    location.setQuery(back);
    return response("302 Found", "Location: " + location.toEncoded() + "\r\n", {});
}

QByteArray LoopbackOAuthServer::token(const Request &request)
{
    const QByteArray grant = request.form.value("grant_type");
    if (request.form.value("client_id") != m_clientId.toUtf8())
        return refuse("invalid_client", "unknown client_id");
    if (grant == "authorization_code") {
        const PendingCode pending = m_codes.take(request.form.value("code")); // a code is good once
        if (pending.challenge.isEmpty())
            return refuse("invalid_grant", "unknown or used code");
        if (request.form.value("redirect_uri") != pending.redirectUri)
            return refuse("invalid_grant", "redirect_uri differs from the authorization request");
        const QByteArray computed = QCryptographicHash::hash(request.form.value("code_verifier"), QCryptographicHash::Sha256)
                                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (computed != pending.challenge)
            return refuse("invalid_grant", "PKCE code_verifier does not match the code_challenge");
        ++m_codeExchanges;
        const QByteArray refresh = newToken("rt");
        m_refreshTokens.append(refresh);
        return issueTokens(refresh);
    }
    if (grant == "refresh_token") {
        if (!m_refreshTokens.contains(request.form.value("refresh_token")))
            return refuse("invalid_grant", "refresh token revoked or unknown");
        ++m_refreshes;
        return issueTokens({}); // the refresh token stays valid and is not repeated (RFC 6749 6)
    }
    return refuse("unsupported_grant_type", grant);
}

QByteArray LoopbackOAuthServer::issueTokens(const QByteArray &refreshToken)
{
    const QByteArray access = newToken("at");
    m_accessTokens.insert(access, QDateTime::currentDateTimeUtc().addSecs(m_expiresIn));
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(access)},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_expiresIn}};
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    return json("200 OK", body);
}

QByteArray LoopbackOAuthServer::introspect(const Request &request)
{
    const auto found = m_accessTokens.constFind(request.form.value("token"));
    const bool active = found != m_accessTokens.cend() && *found > QDateTime::currentDateTimeUtc();
    ++(active ? m_acceptedIntrospections : m_rejectedIntrospections);
    QJsonObject body{{QStringLiteral("active"), active}};
    if (active)
        body.insert(QStringLiteral("email"), m_user);
    return json("200 OK", body);
}

QByteArray LoopbackOAuthServer::refuse(const QByteArray &error, const QByteArray &description)
{
    m_lastRefusal = error + ": " + description;
    return json("400 Bad Request", {{QStringLiteral("error"), QString::fromLatin1(error)},
                                    {QStringLiteral("error_description"), QString::fromLatin1(description)}});
}

QByteArray LoopbackOAuthServer::newToken(const char *prefix)
{
    const int serial = ++m_serial;
    const QByteArray token = prefix + QByteArray("-") + QByteArray::number(serial) + "-"
                           + QCryptographicHash::hash(QByteArray::number(QDateTime::currentMSecsSinceEpoch() + serial),
                                                      QCryptographicHash::Sha256).toHex().left(24);
    m_issued.append(token);
    return token;
}

} // namespace Kestrel::Test

#include "RawImapClient.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QRegularExpression>

namespace Kestrel::Test {

bool RawImapClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!m_socket.waitForConnected(timeoutMs)) {
        m_error = QStringLiteral("no connection: ") + m_socket.errorString();
        return false;
    }
    const QByteArray greeting = readResponse(timeoutMs);
    if (!greeting.startsWith("* OK")) {
        m_error = QStringLiteral("no greeting: ") + QString::fromUtf8(greeting);
        return false;
    }
    return true;
}

bool RawImapClient::login(const QString &user, const QString &password)
{
    const Reply reply = command("LOGIN " + quoted(user) + ' ' + quoted(password));
    return reply.ok;
}

RawImapClient::Reply RawImapClient::command(const QByteArray &text, int timeoutMs)
{
    const QByteArray tag = nextTag();
    m_socket.write(tag + ' ' + text + "\r\n");
    return readUntilTagged(tag, timeoutMs);
}

bool RawImapClient::append(const QString &mailbox, const QList<QByteArray> &messages, const QByteArray &flags,
                           const QDateTime &internalDate)
{
    QByteArray options;
    if (!flags.isEmpty())
        options += " (" + flags + ')';
    if (internalDate.isValid())
        options += " \"" + QLocale::c().toString(internalDate, QStringLiteral("dd-MMM-yyyy hh:mm:ss +0000")).toLatin1() + '"';
    QList<QByteArray> tags;
    for (const QByteArray &message : messages) {
        tags << nextTag();
        m_socket.write(tags.last() + " APPEND " + quoted(mailbox) + options + " {" + QByteArray::number(message.size())
                       + "+}\r\n" + message + "\r\n");
    }
    bool ok = true;
    for (const QByteArray &tag : std::as_const(tags))
        ok = readUntilTagged(tag, 20000).ok && ok;
    return ok;
}

void RawImapClient::logout()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        command("LOGOUT", 2000);
    m_socket.abort();
}

QByteArray RawImapClient::quoted(const QString &text)
{
    QByteArray escaped = text.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

bool RawImapClient::fill(qsizetype needed, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_buffer.size() < needed) {
        m_buffer += m_socket.readAll();
        if (m_buffer.size() >= needed)
            break;
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
            return false;
        m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

QByteArray RawImapClient::readResponse(int timeoutMs)
{
    static const QRegularExpression literal(QStringLiteral("\\{(\\d+)\\+?\\}$"));
    QDeadlineTimer deadline(timeoutMs);
    QByteArray response;
    qsizetype scanned = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n", scanned);
        if (end < 0) {
            scanned = qMax<qsizetype>(0, m_buffer.size() - 1);
            if (!fill(m_buffer.size() + 1, int(qMax<qint64>(1, deadline.remainingTime()))))
                return {};
            continue;
        }
        const QByteArray line = m_buffer.left(end);
        const auto match = literal.match(QString::fromLatin1(line));
        if (!match.hasMatch()) {
            response += line;
            m_buffer.remove(0, end + 2);
            return response;
        }
        const qsizetype size = match.captured(1).toLongLong();
        if (!fill(end + 2 + size, int(qMax<qint64>(1, deadline.remainingTime()))))
            return {};
        response += m_buffer.left(end + 2 + size);
        m_buffer.remove(0, end + 2 + size);
        scanned = 0;
    }
}

RawImapClient::Reply RawImapClient::readUntilTagged(const QByteArray &tag, int timeoutMs)
{
    Reply reply;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QByteArray response = readResponse(int(qMax<qint64>(1, deadline.remainingTime())));
        if (response.isEmpty()) {
            m_error = QStringLiteral("no reply to ") + QString::fromLatin1(tag);
            return reply;
        }
        if (response.startsWith(QByteArray(tag + ' '))) {
            reply.status = response;
            reply.ok = response.startsWith(QByteArray(tag + " OK"));
            if (!reply.ok)
                m_error = QString::fromUtf8(response);
            return reply;
        }
        if (response.startsWith("* "))
            reply.untagged << response;
    }
}

} // namespace Kestrel::Test

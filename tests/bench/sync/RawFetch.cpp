#include "RawFetch.h"

namespace Kestrel::Bench {

namespace {
constexpr int TimeoutMs = 120000;

// "{123}" or "{123+}" at the end of a line announces a literal of that many bytes.
qint64 literalSize(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    bool ok = false;
    const qint64 size = digits.toLongLong(&ok);
    return ok ? size : -1;
}

QByteArray quoted(const QString &text)
{
    QByteArray escaped = text.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}
} // namespace

bool RawFetch::connectTo(quint16 port)
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    QByteArray greeting;
    if (!m_socket.waitForConnected(10000) || !readLine(greeting) || !greeting.startsWith("* OK")) {
        m_error = QStringLiteral("no IMAP greeting on port %1").arg(port);
        return false;
    }
    return true;
}

bool RawFetch::login(const QString &user, const QString &password)
{
    return run("LOGIN " + quoted(user) + ' ' + quoted(password));
}

qint64 RawFetch::select(const QString &folder)
{
    m_exists = -1;
    return run("SELECT " + quoted(folder)) ? m_exists : -1;
}

bool RawFetch::store(const QByteArray &uidSet, bool add, const QByteArray &flags)
{
    return run("UID STORE " + uidSet + (add ? " +FLAGS.SILENT (" : " -FLAGS.SILENT (") + flags + ')');
}

bool RawFetch::fetchAll(const QByteArray &items)
{
    m_fetches = 0;
    m_bytes = 0;
    return run("UID FETCH 1:* " + items);
}

bool RawFetch::run(const QByteArray &command)
{
    const QByteArray tag = 'b' + QByteArray::number(++m_tag);
    m_socket.write(tag + ' ' + command + "\r\n");
    QByteArray line;
    while (readLine(line)) {
        if (line.startsWith("* ")) {
            if (line.endsWith(" EXISTS"))
                m_exists = line.mid(2, line.indexOf(' ', 2) - 2).toLongLong();
            else if (line.contains(" FETCH ("))
                ++m_fetches;
            continue;
        }
        if (line.startsWith(QByteArray(tag + ' '))) {
            if (line.startsWith(QByteArray(tag + " OK")))
                return true;
            m_error = QString::fromUtf8(line);
            return false;
        }
    }
    return false;
}

bool RawFetch::readLine(QByteArray &line)
{
    line.clear();
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
        if (end < 0) {
            m_buffer.remove(0, m_pos); // keep only the unread part
            m_pos = 0;
            if (!m_socket.waitForReadyRead(TimeoutMs)) {
                m_error = QStringLiteral("timed out reading from the server");
                return false;
            }
            const QByteArray more = m_socket.readAll();
            m_bytes += more.size();
            m_buffer += more;
            continue;
        }
        line += QByteArrayView(m_buffer).sliced(m_pos, end - m_pos);
        m_pos = end + 2;
        const qint64 literal = literalSize(line);
        if (literal < 0)
            return true;
        if (!skip(literal)) // the literal is discarded; the response goes on after it
            return false;
        line.append("<literal>");
    }
}

bool RawFetch::skip(qint64 bytes)
{
    while (m_buffer.size() - m_pos < bytes) {
        bytes -= m_buffer.size() - m_pos;
        m_buffer.clear();
        m_pos = 0;
        if (!m_socket.waitForReadyRead(TimeoutMs)) {
            m_error = QStringLiteral("timed out reading a literal");
            return false;
        }
        const QByteArray more = m_socket.readAll();
        m_bytes += more.size();
        m_buffer = more;
    }
    m_pos += bytes;
    return true;
}

} // namespace Kestrel::Bench

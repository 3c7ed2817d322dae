#include "net/ProtocolLog.h"

#include <QMutexLocker>

#include <atomic>

namespace Kestrel {
namespace {

std::atomic<ProtocolLog *> applicationLogInstance{nullptr};

const QByteArray Redacted = QByteArrayLiteral("[redacted]");

// Where the IMAP astring starting at `at` ends: "quoted \"text\"", {n} literal announcement, or atom.
qsizetype astringEnd(const QByteArray &line, qsizetype at)
{
    if (at >= line.size())
        return at;
    if (line.at(at) == '"') {
        for (qsizetype i = at + 1; i < line.size(); ++i) {
            if (line.at(i) == '\\')
                ++i;
            else if (line.at(i) == '"')
                return i + 1;
        }
        return line.size();
    }
    const qsizetype space = line.indexOf(' ', at);
    return space < 0 ? line.size() : space;
}

// "a1 LOGIN user secret" (RFC 9051 6.2.3): everything after the user name.
QByteArray redactImapLogin(const QByteArray &line, qsizetype verbEnd)
{
    const qsizetype userEnd = astringEnd(line, verbEnd + 1);
    if (userEnd >= line.size())
        return line;
    return line.left(userEnd) + ' ' + Redacted;
}

// "AUTH PLAIN <ir>" (RFC 4954) / "a1 AUTHENTICATE PLAIN <ir>" (RFC 9051 6.2.2): the initial response of
// mechanisms whose initial response carries the secret. SCRAM's first message does not, and stays.
QByteArray redactInitialResponse(const QByteArray &line, qsizetype verbEnd)
{
    const qsizetype mechanismStart = verbEnd + 1;
    const qsizetype mechanismEnd = astringEnd(line, mechanismStart);
    const QByteArray mechanism = line.mid(mechanismStart, mechanismEnd - mechanismStart).toUpper();
    static const QList<QByteArray> secret{"PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"};
    if (mechanismEnd >= line.size() || !secret.contains(mechanism) || line.mid(mechanismEnd + 1) == Redacted)
        return line;
    return line.left(mechanismEnd) + ' ' + Redacted;
}

} // namespace

ProtocolLog::ProtocolLog(qsizetype maxEntries, qsizetype maxEntryBytes)
    : m_maxEntries(maxEntries)
    , m_maxEntryBytes(maxEntryBytes)
{
}

QByteArray ProtocolLog::redacted(const QByteArray &line)
{
    // The verb is the first word (SMTP) or the second, after the tag (IMAP).
    const QList<QByteArray> words = line.left(64).split(' ');
    for (int i = 0; i < qMin(2, int(words.size())); ++i) {
        const QByteArray verb = words.at(i).toUpper();
        qsizetype verbEnd = 0;
        for (int j = 0; j <= i; ++j)
            verbEnd += words.at(j).size() + (j > 0 ? 1 : 0);
        if (verb == "LOGIN" && i == 1)
            return redactImapLogin(line, verbEnd);
        if (verb == "AUTH" || verb == "AUTHENTICATE")
            return redactInitialResponse(line, verbEnd);
    }
    return line;
}

void ProtocolLog::append(const QString &connection, Direction direction, const QByteArray &text)
{
    // Message bodies can be megabytes: keep the start, say how much was left out. Always a deep copy:
    // parsed responses share the socket's read buffer, and a log entry must not pin it.
    QByteArray kept(text.constData(), qMin(text.size(), m_maxEntryBytes));
    if (direction == Direction::Sent)
        kept = redacted(kept);
    if (text.size() > m_maxEntryBytes)
        kept += "... [" + QByteArray::number(text.size() - m_maxEntryBytes) + " more bytes]";
    const QMutexLocker lock(&m_mutex);
    m_entries.push_back({QDateTime::currentDateTimeUtc(), connection, direction, std::move(kept), ++m_lastSequence});
    while (qsizetype(m_entries.size()) > m_maxEntries)
        m_entries.pop_front();
}

QList<ProtocolLog::Entry> ProtocolLog::entries() const
{
    const QMutexLocker lock(&m_mutex);
    return QList<Entry>(m_entries.begin(), m_entries.end());
}

QList<ProtocolLog::Entry> ProtocolLog::entriesSince(quint64 sequence) const
{
    const QMutexLocker lock(&m_mutex);
    auto first = std::partition_point(m_entries.begin(), m_entries.end(),
                                      [sequence](const Entry &entry) { return entry.sequence <= sequence; });
    return QList<Entry>(first, m_entries.end());
}

void ProtocolLog::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

void ProtocolLog::setApplicationLog(ProtocolLog *log)
{
    applicationLogInstance.store(log);
}

ProtocolLog *ProtocolLog::applicationLog()
{
    return applicationLogInstance.load();
}

} // namespace Kestrel

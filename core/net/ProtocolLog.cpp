#include "net/ProtocolLog.h"

#include <QMutexLocker>

namespace Kestrel {

ProtocolLog::ProtocolLog(qsizetype maxEntries, qsizetype maxEntryBytes)
    : m_maxEntries(maxEntries)
    , m_maxEntryBytes(maxEntryBytes)
{
}

void ProtocolLog::append(const QString &connection, Direction direction, const QByteArray &text)
{
    // Message bodies can be megabytes: keep the start, say how much was left out. Always a deep copy:
    // parsed responses share the socket's read buffer, and a log entry must not pin it.
    QByteArray kept(text.constData(), qMin(text.size(), m_maxEntryBytes));
    if (text.size() > m_maxEntryBytes)
        kept += "... [" + QByteArray::number(text.size() - m_maxEntryBytes) + " more bytes]";
    const QMutexLocker lock(&m_mutex);
    m_entries.push_back({QDateTime::currentDateTimeUtc(), connection, direction, std::move(kept)});
    while (qsizetype(m_entries.size()) > m_maxEntries)
        m_entries.pop_front();
}

QList<ProtocolLog::Entry> ProtocolLog::entries() const
{
    const QMutexLocker lock(&m_mutex);
    return QList<Entry>(m_entries.begin(), m_entries.end());
}

void ProtocolLog::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace Kestrel

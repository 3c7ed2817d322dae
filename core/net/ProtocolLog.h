#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <deque>

namespace Kestrel {

// A bounded, thread-safe record of protocol traffic for the "protocol log" view and bug reports.
// Callers pass already-redacted text: protocol code never hands a credential to the log (commands
// that carry one log a placeholder instead, see ImapSession/SmtpClient). Oldest entries are dropped.
class ProtocolLog
{
public:
    enum class Direction { Sent, Received, Event };
    struct Entry {
        QDateTime time;
        QString connection; // e.g. "alice@imap.example.org#2"
        Direction direction;
        QByteArray text;
    };

    explicit ProtocolLog(qsizetype maxEntries = 5000, qsizetype maxEntryBytes = 4096);

    void append(const QString &connection, Direction direction, const QByteArray &text);
    QList<Entry> entries() const;
    void clear();

private:
    mutable QMutex m_mutex;
    std::deque<Entry> m_entries;
    qsizetype m_maxEntries;
    qsizetype m_maxEntryBytes;
};

} // namespace Kestrel

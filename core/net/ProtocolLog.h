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
// that carry one log a placeholder instead, see ImapSession/SmtpClient). As a second line of defence
// append() redacts what still looks like one in a sent line (IMAP LOGIN's password, the initial
// response of AUTH/AUTHENTICATE PLAIN, LOGIN, XOAUTH2, OAUTHBEARER). Oldest entries are dropped.
class ProtocolLog
{
public:
    enum class Direction { Sent, Received, Event };
    struct Entry {
        QDateTime time;
        QString connection; // e.g. "alice@imap.example.org#2"
        Direction direction;
        QByteArray text;
        quint64 sequence = 0; // 1, 2, 3, ... in the order appended
    };

    explicit ProtocolLog(qsizetype maxEntries = 5000, qsizetype maxEntryBytes = 4096);

    void append(const QString &connection, Direction direction, const QByteArray &text);
    QList<Entry> entries() const;
    // The entries appended after the one numbered `sequence` that are still kept (a view's refresh).
    QList<Entry> entriesSince(quint64 sequence) const;
    void clear();

    // `line` with anything credential-like replaced by "[redacted]" (see above).
    static QByteArray redacted(const QByteArray &line);

    // The log every IMAP and SMTP connection of the application writes to unless it was given one of its
    // own; null (no logging) until the application sets it. Set once at start, before connections open.
    static void setApplicationLog(ProtocolLog *log);
    static ProtocolLog *applicationLog();

private:
    mutable QMutex m_mutex;
    std::deque<Entry> m_entries;
    qsizetype m_maxEntries;
    qsizetype m_maxEntryBytes;
    quint64 m_lastSequence = 0;
};

} // namespace Kestrel

#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Kestrel::Imap {
class ImapSession;
}

namespace Kestrel::Sync {

// Where did the copies go? A server without UIDPLUS sends no COPYUID (RFC 4315 3), so after a move or
// copy the new UIDs are looked up by Message-ID in the target: EXAMINE, then one UID SEARCH HEADER
// Message-ID per message (RFC 3501 6.4.4). Only a single hit counts; none or several (duplicates) leave
// that message to the next sync. Best effort: a failed step ends the lookup with what was found.
class TargetUidLookup : public QObject
{
    Q_OBJECT
public:
    struct Wanted {
        quint32 standIn = 0;
        QString messageId;
    };

    TargetUidLookup(Imap::ImapSession &session, QString target, QList<Wanted> wanted, QObject *parent = nullptr);

    // `done` gets stand-in UID -> the server's UID, for the messages found. Called exactly once.
    void start(std::function<void(const QHash<quint32, quint32> &found)> done);

private:
    void searchNext();

    QPointer<Imap::ImapSession> m_session;
    QString m_target;
    QList<Wanted> m_wanted;
    QHash<quint32, quint32> m_found;
    std::function<void(const QHash<quint32, quint32> &)> m_done;
};

} // namespace Kestrel::Sync

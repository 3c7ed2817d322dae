#pragma once

#include "cache/MessageStore.h"
#include "imap/parser/MessageFlags.h"
#include "imap/parser/SequenceSet.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace Kestrel::Imap {
class SelectedMailboxState;
}

namespace Kestrel::Sync {

// What the server announces about the folder while its sync runs (RFC 3501 7.4.1 EXPUNGE, RFC 7162
// 3.2.10 VANISHED, unsolicited FETCH FLAGS, RFC 3501 7.4.2): collected as it arrives, in protocol
// order, and handed to the sync engine at points where applying it cannot race with data still in
// flight. A FETCH that a running command claims never comes here; the command's handler tells
// supersedeFlags() instead, so an older announcement never overwrites newer data.
class LiveChanges : public QObject
{
    Q_OBJECT
public:
    LiveChanges(Imap::SelectedMailboxState &mailbox, QString folderName, QObject *parent = nullptr);

    // Forgets everything (a new pass of the same folder starts with a new SELECT).
    void reset();

    bool isVanished(quint32 uid) const;
    // Nothing vanished and no flag change waits.
    bool isEmpty() const { return m_vanished.isEmpty() && m_flags.isEmpty(); }
    // FETCH data for `uid` arrived: flags announced before it are older than that data.
    void supersedeFlags(quint32 uid);
    // A flags-only FETCH that a running command claimed but whose message it does not carry.
    void recordFlags(quint32 uid, const Imap::MessageFlags &flags, quint64 modSeq);

    // The cached UIDs that vanished. Removing them from `cached` is the caller's job.
    QList<quint32> vanishedAmong(const QSet<quint32> &cached) const;
    // Flag changes of cached messages; those of messages not yet stored wait, since their data may
    // still be on its way (it would be older than the announcement).
    QList<FlagUpdate> takeFlagsFor(const QSet<quint32> &cached);

    // Messages that left the mailbox since SELECT (EXPUNGE, VANISHED without EARLIER).
    quint32 expunged() const { return m_expunged; }
    // Something happened that cannot be applied by UID (an EXPUNGE or FETCH of an unknown sequence
    // number, a new UIDVALIDITY): the folder needs another pass.
    bool needsRescan() const { return m_needsRescan; }

private:
    bool concernsFolder() const;
    void onVanished(const Imap::SequenceSet &uids, bool earlier);
    void onFlags(quint32 uid, const Imap::MessageFlags &flags, quint64 modSeq);

    Imap::SelectedMailboxState &m_mailbox;
    QString m_folderName;
    QList<Imap::SequenceSet> m_vanished;
    QHash<quint32, FlagUpdate> m_flags;
    quint32 m_expunged = 0;
    bool m_needsRescan = false;
};

} // namespace Kestrel::Sync

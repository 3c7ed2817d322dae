#pragma once

#include "imap/parser/Response.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Kestrel::Imap {

// What the session knows of the selected mailbox (RFC 3501 7.3 / 7.4, RFC 7162 3.2.10), kept up
// to date from untagged data whenever it arrives, including during other commands. Once SELECT or
// EXAMINE completed, changes are announced by the signals; what arrives while SELECT runs is
// reported in SelectCommand's result instead.
//
// UIDs are the currency: EXPUNGE carries a sequence number, so the state keeps the seq -> UID map
// learnt from FETCH responses that carried a UID and translates; when the UID of an expunged
// message was never learnt, expungedWithoutUid() tells the sync engine to compare UID lists.
class SelectedMailboxState : public QObject
{
    Q_OBJECT
public:
    // A hostile "* 4000000000 FETCH (UID 1)" must not allocate gigabytes for the map.
    static constexpr quint32 MaxTrackedSequence = 20'000'000;

    struct Snapshot {
        QString mailbox;
        bool readOnly = false;
        quint32 exists = 0;
        quint32 uidValidity = 0;
        quint32 uidNext = 0;
        quint64 highestModSeq = 0;
        bool noModSeq = false;
        MessageFlags flags;
        MessageFlags permanentFlags;
    };

    explicit SelectedMailboxState(QObject *parent = nullptr);

    bool isSelected() const { return m_selected; }
    const Snapshot &snapshot() const { return m_data; }
    const QString &mailbox() const { return m_data.mailbox; }
    quint32 exists() const { return m_data.exists; }
    // 0 when not known.
    quint32 uidForSequence(quint32 sequence) const;
    quint32 sequenceForUid(quint32 uid) const;

    // Driven by the session and by SELECT / EXAMINE / CLOSE / UNSELECT.
    // With QRESYNC, data of the previous mailbox may arrive until "* OK [CLOSED]" (RFC 7162 3.2.11).
    void beginSelect(const QString &mailbox, bool readOnly, bool untilClosed);
    void setSelected(const Snapshot &selected);
    void clear();
    // Every untagged response and every tagged status passes through here first.
    void apply(const Response &response);
    // A FETCH no running command asked for (RFC 3501 7.4.2: flag changes by others).
    void announceFetch(const FetchResponse &fetch);

signals:
    void existsChanged(quint32 exists);
    // VANISHED (earlier = "(EARLIER)"), and EXPUNGE of a message whose UID was known.
    void vanished(const Kestrel::Imap::SequenceSet &uids, bool earlier);
    void expungedWithoutUid(quint32 sequence);
    // modSeq 0 when the server sent none (no CONDSTORE).
    void flagsChanged(quint32 uid, const Kestrel::Imap::MessageFlags &flags, quint64 modSeq);
    void flagsChangedWithoutUid(quint32 sequence, const Kestrel::Imap::MessageFlags &flags);
    void highestModSeqChanged(quint64 modSeq);
    void uidNextChanged(quint32 uidNext);
    // The mailbox was replaced under us: every cached UID is void (RFC 3501 2.3.1.1).
    void uidValidityChanged(quint32 uidValidity);

private:
    void applyExists(quint32 count);
    void applyExpunge(quint32 sequence);
    void applyVanished(const VanishedResponse &vanishedUids);
    void applyFetch(const FetchResponse &fetch);
    void applyCode(const ResponseCode &code);
    void applyClosed();

    Snapshot m_data;
    bool m_selected = false;
    QList<quint32> m_uids; // m_uids[seq - 1]; 0 = not known; shorter than exists when unknown
    bool m_untilClosed = false;
    Snapshot m_pending;
};

} // namespace Kestrel::Imap

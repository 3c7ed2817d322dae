#include "sync/folder/LiveChanges.h"

#include "imap/session/SelectedMailboxState.h"
#include "sync/SummaryFromFetch.h"

namespace Kestrel::Sync {

LiveChanges::LiveChanges(Imap::SelectedMailboxState &mailbox, QString folderName, QObject *parent)
    : QObject(parent)
    , m_mailbox(mailbox)
    , m_folderName(std::move(folderName))
{
    using State = Imap::SelectedMailboxState;
    connect(&mailbox, &State::vanished, this, &LiveChanges::onVanished);
    connect(&mailbox, &State::flagsChanged, this, &LiveChanges::onFlags);
    connect(&mailbox, &State::expungedWithoutUid, this, [this] {
        if (!concernsFolder())
            return;
        ++m_expunged;
        m_needsRescan = true;
    });
    connect(&mailbox, &State::flagsChangedWithoutUid, this, [this] { m_needsRescan = m_needsRescan || concernsFolder(); });
    connect(&mailbox, &State::uidValidityChanged, this, [this] { m_needsRescan = m_needsRescan || concernsFolder(); });
}

void LiveChanges::reset()
{
    m_vanished.clear();
    m_flags.clear();
    m_expunged = 0;
    m_needsRescan = false;
}

// The signals only fire while a mailbox is selected; with QRESYNC, data about the previously selected
// mailbox may still come until [CLOSED] (RFC 7162 3.2.11), and then the state still names that one.
bool LiveChanges::concernsFolder() const
{
    return m_mailbox.isSelected() && m_mailbox.mailbox() == m_folderName;
}

void LiveChanges::onVanished(const Imap::SequenceSet &uids, bool earlier)
{
    if (!concernsFolder())
        return;
    m_vanished.append(uids);
    if (!earlier)
        m_expunged += quint32(uids.count());
    for (const Imap::SequenceSet::Range &range : uids.ranges()) {
        if (range.last != Imap::SequenceSet::Star && range.last >= range.first && range.last - range.first < 100000) {
            for (quint32 uid = range.first; uid <= range.last && uid != 0; ++uid)
                m_flags.remove(uid);
        }
    }
}

void LiveChanges::onFlags(quint32 uid, const Imap::MessageFlags &flags, quint64 modSeq)
{
    if (concernsFolder())
        recordFlags(uid, flags, modSeq);
}

bool LiveChanges::isVanished(quint32 uid) const
{
    for (const Imap::SequenceSet &set : m_vanished) {
        if (set.contains(uid))
            return true;
    }
    return false;
}

void LiveChanges::supersedeFlags(quint32 uid)
{
    m_flags.remove(uid);
}

void LiveChanges::recordFlags(quint32 uid, const Imap::MessageFlags &flags, quint64 modSeq)
{
    if (!isVanished(uid))
        m_flags.insert(uid, {uid, toCacheFlags(flags), modSeq});
}

QList<quint32> LiveChanges::vanishedAmong(const QSet<quint32> &cached) const
{
    QList<quint32> gone;
    if (m_vanished.isEmpty())
        return gone;
    for (quint32 uid : cached) {
        if (isVanished(uid))
            gone << uid;
    }
    return gone;
}

QList<FlagUpdate> LiveChanges::takeFlagsFor(const QSet<quint32> &cached)
{
    QList<FlagUpdate> updates;
    for (auto it = m_flags.begin(); it != m_flags.end();) {
        if (cached.contains(it.key())) {
            updates << it.value();
            it = m_flags.erase(it);
        } else {
            ++it;
        }
    }
    return updates;
}

} // namespace Kestrel::Sync

#include "imap/session/SelectedMailboxState.h"

#include <algorithm>

namespace Kestrel::Imap {

SelectedMailboxState::SelectedMailboxState(QObject *parent)
    : QObject(parent)
{
}

quint32 SelectedMailboxState::uidForSequence(quint32 sequence) const
{
    return sequence >= 1 && sequence <= quint32(m_uids.size()) ? m_uids.at(sequence - 1) : 0;
}

quint32 SelectedMailboxState::sequenceForUid(quint32 uid) const
{
    if (uid == 0)
        return 0;
    const auto it = std::find(m_uids.cbegin(), m_uids.cend(), uid);
    return it == m_uids.cend() ? 0 : quint32(it - m_uids.cbegin()) + 1;
}

void SelectedMailboxState::beginSelect(const QString &mailbox, bool readOnly, bool untilClosed)
{
    Snapshot next;
    next.mailbox = mailbox;
    next.readOnly = readOnly;
    if (untilClosed && m_selected) {
        m_pending = next;
        m_untilClosed = true;
        return;
    }
    m_data = next;
    m_selected = false;
    m_untilClosed = false;
    m_uids.clear();
}

void SelectedMailboxState::setSelected(const Snapshot &selected)
{
    if (m_untilClosed) // the server never sent [CLOSED]: what we mapped may be the old mailbox's
        m_uids.clear();
    m_untilClosed = false;
    m_data = selected;
    m_selected = true;
    if (quint32(m_uids.size()) > m_data.exists)
        m_uids.resize(m_data.exists);
}

void SelectedMailboxState::clear()
{
    m_data = Snapshot();
    m_selected = false;
    m_untilClosed = false;
    m_uids.clear();
}

void SelectedMailboxState::apply(const Response &response)
{
    if (const auto *exists = std::get_if<ExistsResponse>(&response))
        applyExists(exists->count);
    else if (const auto *expunge = std::get_if<ExpungeResponse>(&response))
        applyExpunge(expunge->sequence);
    else if (const auto *vanishedUids = std::get_if<VanishedResponse>(&response))
        applyVanished(*vanishedUids);
    else if (const auto *fetch = std::get_if<FetchResponse>(&response))
        applyFetch(*fetch);
    else if (const auto *flags = std::get_if<FlagsResponse>(&response))
        m_data.flags = flags->flags;
    else if (const auto *status = std::get_if<UntaggedStatus>(&response); status && status->condition == StatusCondition::Ok)
        applyCode(status->code);
    else if (const auto *tagged = std::get_if<TaggedStatus>(&response); tagged && tagged->condition == StatusCondition::Ok
             && tagged->code.kind == ResponseCodeKind::HighestModSeq)
        applyCode(tagged->code); // e.g. the tagged OK of UID EXPUNGE / NOOP (RFC 7162 3.1.2.1)
}

// RFC 3501 7.3.1: the new number of messages; it never shrinks without EXPUNGE / VANISHED.
void SelectedMailboxState::applyExists(quint32 count)
{
    m_data.exists = count;
    if (quint32(m_uids.size()) > count)
        m_uids.resize(count);
    if (m_selected)
        emit existsChanged(count);
}

// RFC 3501 7.4.1: message `sequence` is gone and every later sequence number drops by one.
void SelectedMailboxState::applyExpunge(quint32 sequence)
{
    if (sequence == 0 || sequence > m_data.exists)
        return; // names no message; a hostile or broken server
    const quint32 uid = uidForSequence(sequence);
    if (sequence <= quint32(m_uids.size()))
        m_uids.removeAt(sequence - 1);
    --m_data.exists;
    if (!m_selected)
        return;
    if (uid != 0)
        emit vanished(SequenceSet::fromNumbers({uid}), false);
    else
        emit expungedWithoutUid(sequence);
}

// RFC 7162 3.2.10: VANISHED names UIDs; without (EARLIER) the messages leave the mailbox now and
// the message count drops, with (EARLIER) it reports expunges the client missed (e.g. during SELECT).
void SelectedMailboxState::applyVanished(const VanishedResponse &vanishedUids)
{
    if (!vanishedUids.earlier) {
        const quint64 count = vanishedUids.uids.count();
        const qsizetype before = m_uids.size();
        m_uids.removeIf([&](quint32 uid) { return uid != 0 && vanishedUids.uids.contains(uid); });
        if (quint64(before - m_uids.size()) != count)
            m_uids.clear(); // some vanished messages had no known slot: positions are no longer certain
        m_data.exists -= quint32(std::min<quint64>(count, m_data.exists));
    } else if (!m_uids.isEmpty()) {
        m_uids.removeIf([&](quint32 uid) { return uid != 0 && vanishedUids.uids.contains(uid); });
    }
    if (m_selected)
        emit vanished(vanishedUids.uids, vanishedUids.earlier);
}

void SelectedMailboxState::applyFetch(const FetchResponse &fetch)
{
    const quint32 sequence = fetch.sequence;
    if (!fetch.uid || sequence == 0 || sequence > m_data.exists || sequence > MaxTrackedSequence)
        return;
    if (quint32(m_uids.size()) < sequence)
        m_uids.resize(sequence, 0);
    m_uids[sequence - 1] = *fetch.uid;
}

void SelectedMailboxState::announceFetch(const FetchResponse &fetch)
{
    if (!m_selected || !fetch.flags)
        return;
    const quint32 uid = fetch.uid.value_or(uidForSequence(fetch.sequence));
    if (uid != 0)
        emit flagsChanged(uid, *fetch.flags, fetch.modSeq.value_or(0));
    else
        emit flagsChangedWithoutUid(fetch.sequence, *fetch.flags);
}

// Response codes of untagged OK (RFC 3501 7.1, RFC 7162 3.1.2.1 / 3.1.2.2 / 3.2.11).
void SelectedMailboxState::applyCode(const ResponseCode &code)
{
    switch (code.kind) {
    case ResponseCodeKind::UidValidity: {
        const bool changed = m_selected && m_data.uidValidity != quint32(code.number);
        m_data.uidValidity = quint32(code.number);
        if (changed) {
            m_uids.clear();
            emit uidValidityChanged(m_data.uidValidity);
        }
        break;
    }
    case ResponseCodeKind::UidNext:
        m_data.uidNext = quint32(code.number);
        if (m_selected)
            emit uidNextChanged(m_data.uidNext);
        break;
    case ResponseCodeKind::HighestModSeq:
        if (code.number == m_data.highestModSeq)
            break;
        m_data.highestModSeq = code.number;
        if (m_selected)
            emit highestModSeqChanged(code.number);
        break;
    case ResponseCodeKind::NoModSeq:
        m_data.noModSeq = true;
        break;
    case ResponseCodeKind::PermanentFlags:
        m_data.permanentFlags = code.flags;
        break;
    case ResponseCodeKind::Closed:
        applyClosed();
        break;
    default:
        break;
    }
}

void SelectedMailboxState::applyClosed()
{
    if (!m_untilClosed)
        return;
    m_untilClosed = false;
    m_data = m_pending;
    m_selected = false;
    m_uids.clear();
}

} // namespace Kestrel::Imap

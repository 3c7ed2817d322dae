#include "sync/actions/MessageActionRun.h"

#include "cache/FolderStore.h"
#include "cache/MessageStore.h"
#include "imap/commands/ExpungeCommand.h"
#include "imap/commands/FetchCommand.h"
#include "imap/commands/MoveCommand.h"
#include "imap/commands/SelectCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/actions/ProvisionalUids.h"
#include "sync/actions/TargetUidLookup.h"

#include <QSet>

namespace Kestrel::Sync {

namespace {

QList<QByteArray> atoms(const QStringList &flags)
{
    QList<QByteArray> list;
    for (const QString &flag : flags)
        list << flag.toUtf8();
    return list;
}

QString uidList(const QList<quint32> &uids)
{
    QStringList text;
    for (quint32 uid : uids)
        text << QString::number(uid);
    return text.join(QStringLiteral(", "));
}

} // namespace

MessageActionRun::MessageActionRun(Imap::ImapSession &session, Database &db, QString accountId, QueuedAction action,
                                   QObject *parent)
    : QObject(parent)
    , m_session(&session)
    , m_db(db)
    , m_accountId(std::move(accountId))
    , m_action(std::move(action))
{
}

QString MessageActionRun::what() const
{
    switch (m_action.kind) {
    case ActionKind::Flags: return tr("flag change");
    case ActionKind::Move: return tr("move to \"%1\"").arg(m_action.target);
    case ActionKind::Copy: return tr("copy to \"%1\"").arg(m_action.target);
    case ActionKind::Delete: return tr("deletion");
    default: break;
    }
    return kindName(m_action.kind);
}

QString MessageActionRun::serverName() const
{
    return m_session ? m_session->serverName() : QString();
}

void MessageActionRun::start(std::function<void(const ActionOutcome &)> done)
{
    m_done = std::move(done);
    const auto &mailbox = m_session->mailbox();
    if (mailbox.isSelected() && !mailbox.snapshot().readOnly && mailbox.mailbox() == m_action.folder)
        return findExisting();
    select();
}

void MessageActionRun::select()
{
    auto command = std::make_unique<Imap::SelectCommand>(m_action.folder);
    command->setCondstore(m_session->capabilities().has("CONDSTORE"));
    m_session->run(std::move(command), this, [this](const Imap::SelectResult &result) {
        if (result.ok())
            return findExisting();
        // Only a folder the server says is gone drops the action; any other refusal counts as a failure.
        if (result.status.code.kind != Imap::ResponseCodeKind::NonExistent)
            return fail(*result.error);
        drop(tr("The folder \"%1\" no longer exists on %2, so the %3 of UID %4 was not done.")
                 .arg(m_action.folder, serverName(), what(), uidList(m_action.uids)));
    });
}

void MessageActionRun::findExisting()
{
    const quint32 uidValidity = m_session->mailbox().snapshot().uidValidity;
    if (m_action.uidValidity != 0 && uidValidity != m_action.uidValidity) {
        // RFC 9051 2.3.1.1: the folder was renumbered; the old UIDs may now name other messages.
        return drop(tr("The folder \"%1\" on %2 was rebuilt since, so the %3 of UID %4 was not done.")
                        .arg(m_action.folder, serverName(), what(), uidList(m_action.uids)));
    }
    auto fetch = std::make_unique<Imap::FetchCommand>(Imap::SequenceSet::fromNumbers(m_action.uids),
                                                      Imap::FetchItems().uid().flags());
    m_session->run(std::move(fetch), this, [this](const Imap::FetchResult &result) {
        if (!result.ok())
            return fail(*result.error);
        QSet<quint32> present;
        for (const Imap::FetchResponse &message : result.messages) {
            if (message.uid)
                present.insert(*message.uid);
        }
        m_checked = true;
        QList<quint32> missing;
        for (quint32 uid : std::as_const(m_action.uids))
            (present.contains(uid) ? m_present : missing) << uid;
        if (!missing.isEmpty()) {
            m_missingNote = tr("UID %1 in \"%2\" no longer exists on %3, so the %4 was not done for it.")
                                .arg(uidList(missing), m_action.folder, serverName(), what());
        }
        if (m_present.isEmpty())
            return drop(m_missingNote);
        act();
    });
}

void MessageActionRun::act()
{
    switch (m_action.kind) {
    case ActionKind::Flags: return storeFlags();
    case ActionKind::Move:
    case ActionKind::Copy: return relocate();
    case ActionKind::Delete: return m_action.target.isEmpty() ? deleteHere() : relocate();
    default: break;
    }
    fail(Error::make(Error::Code::Protocol, tr("This action cannot be replayed on messages.")));
}

void MessageActionRun::storeFlags()
{
    const Imap::SequenceSet uids = Imap::SequenceSet::fromNumbers(m_present);
    const bool conditional = m_action.modSeq != 0;
    store(Imap::StoreCommand::Mode::Add, m_action.addFlags, uids, conditional, [this, uids, conditional] {
        store(Imap::StoreCommand::Mode::Remove, m_action.removeFlags, uids, conditional, [this] { finishDone(); });
    });
}

// UNCHANGEDSINCE (RFC 7162 3.1.3) with the MODSEQ the user saw: the server names the messages someone
// changed since. +FLAGS / -FLAGS touch only the flags the user chose, so those messages get the same
// store again without the condition — the user's explicit choice wins for these flags, and whatever the
// other client did to other flags stays.
void MessageActionRun::store(Imap::StoreCommand::Mode mode, const QStringList &flags, const Imap::SequenceSet &uids,
                             bool conditional, std::function<void()> then)
{
    if (flags.isEmpty())
        return then();
    auto command = std::make_unique<Imap::StoreCommand>(uids, mode, atoms(flags), true);
    if (conditional)
        command->setUnchangedSince(m_action.modSeq);
    m_session->run(std::move(command), this, [this, mode, flags, then](const Imap::StoreResult &result) {
        if (!result.ok())
            return fail(*result.error);
        if (!result.modified.isEmpty())
            return store(mode, flags, result.modified, false, then);
        then();
    });
}

void MessageActionRun::relocate()
{
    const Imap::SequenceSet uids = Imap::SequenceSet::fromNumbers(m_present);
    if (m_action.kind == ActionKind::Copy) {
        m_session->run(std::make_unique<Imap::CopyCommand>(uids, m_action.target), this, [this](const Imap::CopyResult &result) {
            if (!result.ok())
                return fail(*result.error);
            relink(result);
        });
        return;
    }
    // MoveCommand falls back to COPY + STORE \Deleted + UID EXPUNGE without MOVE, never to a plain EXPUNGE.
    m_session->run(std::make_unique<Imap::MoveCommand>(uids, m_action.target), this, [this](const Imap::MoveResult &result) {
        if (!result.ok())
            return fail(*result.error);
        relink(result);
    });
}

// \Deleted, then UID EXPUNGE of exactly these UIDs (RFC 4315 2.1). Without UIDPLUS they stay marked:
// a plain EXPUNGE would also remove every other message someone marked \Deleted.
void MessageActionRun::deleteHere()
{
    const Imap::SequenceSet uids = Imap::SequenceSet::fromNumbers(m_present);
    store(Imap::StoreCommand::Mode::Add, {QStringLiteral("\\Deleted")}, uids, false, [this, uids] {
        if (!m_session->capabilities().has("UIDPLUS"))
            return finishDone();
        m_session->run(std::make_unique<Imap::ExpungeCommand>(uids), this, [this](const Imap::ExpungeResult &result) {
            if (!result.ok())
                return fail(*result.error);
            finishDone();
        });
    });
}

// The server's UIDs of the copies: from COPYUID, else looked up by Message-ID (TargetUidLookup).
void MessageActionRun::relink(const Imap::CopyResult &result)
{
    QHash<quint32, quint32> bySource;
    const QList<quint32> sources = result.sourceUids.toList();
    const QList<quint32> destinations = result.destinationUids.toList();
    for (qsizetype i = 0; i < sources.size() && i < destinations.size(); ++i)
        bySource.insert(sources[i], destinations[i]);
    QHash<quint32, quint32> assigned;
    QList<TargetUidLookup::Wanted> unknown;
    for (qsizetype i = 0; i < m_action.provisionalUids.size() && i < m_action.uids.size(); ++i) {
        const quint32 source = m_action.uids[i];
        if (!m_present.contains(source))
            continue; // vanished: there is no copy
        if (bySource.contains(source))
            assigned.insert(m_action.provisionalUids[i], bySource.value(source));
        else if (!m_action.messageIds.value(i).isEmpty())
            unknown.append({m_action.provisionalUids[i], m_action.messageIds[i]});
    }
    if (unknown.isEmpty())
        return applyAssigned(assigned);
    auto *lookup = new TargetUidLookup(*m_session, m_action.target, unknown, this);
    lookup->start([this, assigned, lookup](const QHash<quint32, quint32> &found) mutable {
        lookup->deleteLater();
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            assigned.insert(it.key(), it.value());
        applyAssigned(assigned);
    });
}

// The stand-in rows in the target take the server's UIDs; stand-ins without one are removed and the
// next sync of the target brings those messages.
void MessageActionRun::applyAssigned(const QHash<quint32, quint32> &assigned)
{
    std::optional<FolderInfo> target;
    if (auto error = FolderStore(m_db).findFolder(m_accountId, m_action.target, target))
        return fail(*error);
    MessageStore store(m_db);
    QList<quint32> orphans;
    for (const quint32 standIn : std::as_const(m_action.provisionalUids)) {
        const quint32 uid = assigned.value(standIn);
        if (uid == 0) {
            orphans << standIn;
            continue;
        }
        m_outcome.assigned.insert(standIn, uid);
        if (target) {
            if (auto error = store.moveUid(target->id, standIn, target->id, uid))
                return fail(*error);
        }
    }
    if (target && !orphans.isEmpty()) {
        if (auto error = store.removeUids(target->id, orphans))
            return fail(*error);
    }
    finishDone();
}

void MessageActionRun::finishDone()
{
    if (!m_missingNote.isEmpty())
        return drop(m_missingNote); // done for the rest; the note keeps the part that could not be done
    m_outcome.result = ActionOutcome::Result::Done;
    m_done(m_outcome);
}

void MessageActionRun::drop(const QString &note)
{
    // Stand-ins whose message never arrived in the target must not linger there. Before the existence
    // check nothing is known to exist (the folder is gone or was rebuilt): all of them are dropped.
    QSet<quint32> vanished;
    for (quint32 uid : std::as_const(m_action.uids)) {
        if (!m_checked || !m_present.contains(uid))
            vanished.insert(uid);
    }
    QSet<quint32> assigned;
    for (auto it = m_outcome.assigned.cbegin(); it != m_outcome.assigned.cend(); ++it)
        assigned.insert(it.key());
    if (auto error = ProvisionalUids::giveBack(m_db, m_accountId, m_action, assigned, vanished))
        return fail(*error);
    m_outcome.result = ActionOutcome::Result::Dropped;
    m_outcome.note = note;
    m_done(m_outcome);
}

void MessageActionRun::fail(const Error &error)
{
    m_outcome.result = ActionOutcome::Result::Failed;
    m_outcome.error = error;
    m_done(m_outcome);
}

} // namespace Kestrel::Sync

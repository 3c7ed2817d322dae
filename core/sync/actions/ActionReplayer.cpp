#include "sync/actions/ActionReplayer.h"

#include "imap/commands/MailboxCommand.h"
#include "imap/session/ImapSession.h"
#include "sync/actions/LocalUndo.h"

#include <QTimer>

#include <limits>

namespace Kestrel::Sync {

ActionReplayer::ActionReplayer(Imap::ImapSession &session, Database &db, QString accountId, QObject *parent)
    : QObject(parent)
    , m_session(&session)
    , m_db(db)
    , m_accountId(std::move(accountId))
{
}

void ActionReplayer::start()
{
    m_finished = false;
    m_report = ReplayReport();
    QTimer::singleShot(0, this, &ActionReplayer::next); // never finish inside the caller's call
}

void ActionReplayer::next()
{
    if (!m_session)
        return finish(Error::make(Error::Code::Cancelled, tr("The connection was closed before the queue was sent.")));
    QList<OfflineAction> head;
    if (auto error = OfflineQueue(m_db).peek(m_accountId, 1, head))
        return finish(*error);
    if (head.isEmpty())
        return finish(std::nullopt);
    m_current = head.constFirst();
    QString why;
    const std::optional<QueuedAction> action = decodePayload(m_current.kind, m_current.payload, &why);
    if (!action) {
        ActionOutcome unreadable;
        unreadable.result = ActionOutcome::Result::Dropped;
        unreadable.note = tr("A queued action could not be read (%1) and was not done.").arg(why);
        return settle(unreadable);
    }
    if (action->isFolderOperation())
        return runFolderOperation(*action);
    if (m_run)
        m_run->deleteLater(); // this may run inside its callback: never delete it here
    m_run = new MessageActionRun(*m_session, m_db, m_accountId, *action, this);
    m_run->start([this](const ActionOutcome &outcome) { settle(outcome); });
}

// CREATE of a folder that exists and DELETE of one that does not already are what the user wanted
// (RFC 5530 ALREADYEXISTS / NONEXISTENT).
void ActionReplayer::runFolderOperation(const QueuedAction &action)
{
    using Kind = Imap::MailboxCommand::Kind;
    const Kind kind = action.kind == ActionKind::CreateFolder    ? Kind::Create
        : action.kind == ActionKind::RenameFolder               ? Kind::Rename
        : action.kind == ActionKind::SubscribeFolder            ? Kind::Subscribe
        : action.kind == ActionKind::UnsubscribeFolder          ? Kind::Unsubscribe
                                                                : Kind::Delete;
    const auto harmless = action.kind == ActionKind::CreateFolder ? Imap::ResponseCodeKind::AlreadyExists
        : action.kind == ActionKind::DeleteFolder                ? Imap::ResponseCodeKind::NonExistent
                                                                 : Imap::ResponseCodeKind::None;
    m_session->run(std::make_unique<Imap::MailboxCommand>(kind, action.folder, action.target), this,
                   [this, harmless](const Imap::CommandResult &result) {
                       ActionOutcome outcome;
                       if (!result.ok() && !(harmless != Imap::ResponseCodeKind::None && result.status.code.kind == harmless)) {
                           outcome.result = ActionOutcome::Result::Failed;
                           outcome.error = result.error;
                       }
                       settle(outcome);
                   });
}

void ActionReplayer::settle(const ActionOutcome &outcome)
{
    OfflineQueue queue(m_db);
    std::optional<Error> storeError;
    switch (outcome.result) {
    case ActionOutcome::Result::Done:
        ++m_report.completed;
        rewriteStandIns(outcome.assigned);
        storeError = queue.complete(m_current.id);
        break;
    case ActionOutcome::Result::Dropped:
        ++m_report.dropped;
        m_report.notes << outcome.note;
        rewriteStandIns(outcome.assigned);
        storeError = queue.drop(m_current.id, outcome.note);
        break;
    case ActionOutcome::Result::Failed: {
        const Error error = outcome.error.value_or(Error::make(Error::Code::Protocol, QString()));
        if (error.code == Error::Code::Server && m_current.attempts + 1 >= MaxRefusals) {
            // Refused again and again: it would block every later action for good.
            if (const auto action = decodePayload(m_current.kind, m_current.payload)) {
                if (auto undone = LocalUndo::undo(m_db, m_accountId, *action))
                    return finish(*undone);
            }
            const QString note = tr("%1 refused this action %2 times (%3); it was not done.")
                                     .arg(m_session ? m_session->serverName() : QString()).arg(MaxRefusals).arg(error.userMessage);
            ++m_report.dropped;
            m_report.notes << note;
            storeError = queue.drop(m_current.id, note);
            break;
        }
        if (auto failed = queue.fail(m_current.id, error.userMessage))
            return finish(*failed);
        return finish(error);
    }
    }
    if (storeError)
        return finish(*storeError);
    next();
}

// Later actions taken on a moved or copied message name it by its stand-in UID in the target; once the
// server assigned the real UID they must name that.
void ActionReplayer::rewriteStandIns(const QHash<quint32, quint32> &assigned)
{
    if (assigned.isEmpty())
        return;
    const std::optional<QueuedAction> moved = decodePayload(m_current.kind, m_current.payload);
    if (!moved)
        return;
    OfflineQueue queue(m_db);
    QList<OfflineAction> pending;
    if (queue.peek(m_accountId, std::numeric_limits<int>::max(), pending))
        return;
    for (const OfflineAction &later : std::as_const(pending)) {
        std::optional<QueuedAction> action = decodePayload(later.kind, later.payload);
        if (later.id == m_current.id || !action || action->folder != moved->target)
            continue;
        bool changed = false;
        for (quint32 &uid : action->uids) {
            if (const quint32 real = assigned.value(uid)) {
                uid = real;
                changed = true;
            }
        }
        if (changed)
            queue.updatePayload(later.id, encodePayload(*action));
    }
}

void ActionReplayer::finish(const std::optional<Error> &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.error = error;
    OfflineQueue(m_db).count(m_accountId, m_report.remaining);
    emit finished(m_report);
}

} // namespace Kestrel::Sync

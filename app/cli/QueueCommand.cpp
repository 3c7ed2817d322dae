#include "QueueCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"

#include "cache/OfflineQueue.h"
#include "send/OutboxStore.h"
#include "sync/actions/ActionDescription.h"
#include "sync/actions/ActionPayload.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace Kestrel::Cli {

namespace {

const CliRegistration<QueueCommand> queueRegistration({QStringLiteral("queue")}, "  queue [ACCOUNT]", 45);

QJsonObject toJson(const OfflineAction &queued, const QString &accountName, const QString &state)
{
    QJsonObject json{{QStringLiteral("id"), queued.id},
                     {QStringLiteral("account"), queued.accountId},
                     {QStringLiteral("accountName"), accountName},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("kind"), queued.kind},
                     {QStringLiteral("created"), queued.created.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("attempts"), queued.attempts},
                     {QStringLiteral("lastError"), queued.lastError},
                     {QStringLiteral("description"), Sync::describeAction(queued)}};
    if (const auto action = Sync::decodePayload(queued.kind, queued.payload)) {
        json.insert(QStringLiteral("folder"), action->folder);
        QJsonArray uids;
        for (quint32 uid : action->uids)
            uids.append(qint64(uid));
        json.insert(QStringLiteral("uids"), uids);
        if (!action->target.isEmpty())
            json.insert(QStringLiteral("target"), action->target);
    }
    return json;
}

} // namespace

void QueueCommand::run(CliContext &context)
{
    QString accountId;
    QHash<QString, QString> names;
    for (const AccountSettings &account : loadAccounts(context))
        names.insert(account.id, account.displayName);
    if (const QString wanted = context.arguments.value(0); !wanted.isEmpty()) {
        const auto account = findAccount(context, wanted);
        if (!account) {
            CliOutput::error(tr("No account named \"%1\".").arg(wanted));
            return context.finish(2);
        }
        accountId = account->id;
    }
    Database database;
    if (!openCache(context, database))
        return context.finish(1);
    QList<OfflineAction> pending;
    QList<OfflineAction> dropped;
    OfflineQueue queue(database);
    auto error = queue.peek(accountId, std::numeric_limits<int>::max(), pending);
    if (!error)
        error = queue.dropped(accountId, dropped);
    if (error) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    QJsonArray actions;
    QJsonArray notes;
    if (pending.isEmpty())
        context.output.line(tr("No offline action is waiting."));
    for (const OfflineAction &action : std::as_const(pending)) {
        const QString name = names.value(action.accountId, action.accountId);
        context.output.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7").arg(name).arg(action.id).arg(action.kind,
                                action.created.toString(Qt::ISODate)).arg(action.attempts).arg(Sync::describeAction(action), action.lastError));
        actions.append(toJson(action, name, QStringLiteral("pending")));
    }
    for (const OfflineAction &action : std::as_const(dropped)) {
        const QString name = names.value(action.accountId, action.accountId);
        context.output.line(tr("dropped") + QStringLiteral("\t%1\t%2\t%3\t%4").arg(name, action.kind, Sync::describeAction(action), action.lastError));
        notes.append(toJson(action, name, QStringLiteral("dropped")));
    }
    // Mail waiting to go out is the other half of what is pending (issue 4: "queue" shows both).
    QList<Send::OutboxEntry> outgoing;
    if (const auto outboxError = Send::OutboxStore(database).list(accountId, outgoing)) {
        CliOutput::error(outboxError->userMessage);
        return context.finish(1);
    }
    QJsonArray messages;
    for (const Send::OutboxEntry &entry : std::as_const(outgoing)) {
        const QString name = names.value(entry.accountId, entry.accountId);
        context.output.line(tr("outbox") + QStringLiteral("\t%1\t%2\t%3\t%4\t%5").arg(name, Send::stateName(entry.state), entry.subject,
                                                                                   entry.recipients.join(QStringLiteral(", ")), entry.lastError));
        messages.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                    {QStringLiteral("account"), entry.accountId},
                                    {QStringLiteral("accountName"), name},
                                    {QStringLiteral("state"), Send::stateName(entry.state)},
                                    {QStringLiteral("subject"), entry.subject},
                                    {QStringLiteral("recipients"), QJsonArray::fromStringList(entry.recipients)},
                                    {QStringLiteral("attempts"), entry.attempts},
                                    {QStringLiteral("lastError"), entry.lastError}});
    }
    context.output.document(QJsonObject{{QStringLiteral("actions"), actions}, {QStringLiteral("dropped"), notes},
                                        {QStringLiteral("outbox"), messages}});
    context.finish(0);
}

} // namespace Kestrel::Cli

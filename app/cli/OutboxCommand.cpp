#include "OutboxCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"
#include "SendCommand.h"

#include "send/OutboxStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {

const CliRegistration<OutboxCommand> outboxRegistration(
    {QStringLiteral("outbox")}, "  outbox [ACCOUNT] | outbox flush [ACCOUNT] | outbox retry ID | outbox delete ID", 51);

QJsonObject toJson(const Send::OutboxEntry &entry)
{
    return QJsonObject{{QStringLiteral("id"), entry.id},
                       {QStringLiteral("account"), entry.accountId},
                       {QStringLiteral("state"), Send::stateName(entry.state)},
                       {QStringLiteral("subject"), entry.subject},
                       {QStringLiteral("messageId"), QString::fromLatin1(entry.messageId)},
                       {QStringLiteral("recipients"), QJsonArray::fromStringList(entry.recipients)},
                       {QStringLiteral("created"), entry.created.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("attempts"), entry.attempts},
                       {QStringLiteral("nextAttempt"), entry.nextAttempt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("lastError"), entry.lastError},
                       {QStringLiteral("note"), entry.note},
                       {QStringLiteral("filed"), entry.filed}};
}

// The accounts named by the argument at `index` (all when it is absent); empty and an error printed
// when no account has that name.
std::optional<QList<AccountSettings>> chosenAccounts(const CliContext &context, int index)
{
    const QString wanted = context.arguments.value(index);
    if (wanted.isEmpty())
        return loadAccounts(context);
    if (const auto account = findAccount(context, wanted))
        return QList<AccountSettings>{*account};
    CliOutput::error(OutboxCommand::tr("No account named \"%1\".").arg(wanted));
    return std::nullopt;
}

// Drains each account in turn; exit 1 when any message is left Failed, else 0.
void drainAll(CliContext &context, std::shared_ptr<Database> database, QList<AccountSettings> accounts, qint64 onlyId)
{
    auto remaining = std::make_shared<QList<AccountSettings>>(std::move(accounts));
    auto failed = std::make_shared<bool>(false);
    auto next = std::make_shared<std::function<void()>>();
    *next = [&context, database, remaining, failed, next, onlyId] {
        if (remaining->isEmpty()) {
            QList<Send::OutboxEntry> left;
            Send::OutboxStore(*database).list(QString(), left);
            QJsonArray json;
            for (const Send::OutboxEntry &entry : std::as_const(left))
                json.append(toJson(entry));
            context.output.document(json);
            return context.finish(*failed ? 1 : 0);
        }
        const AccountSettings account = remaining->takeFirst();
        drainOutbox(context, account, database, [&context, account, database, failed, next](const Send::SendReport &report) {
            if (report.sentError)
                CliOutput::error(account.displayName + QStringLiteral(": ") + report.sentError->userMessage);
            QList<Send::OutboxEntry> left;
            Send::OutboxStore(*database).list(account.id, left);
            for (const Send::OutboxEntry &entry : std::as_const(left))
                *failed = *failed || entry.state == Send::OutboxState::Failed;
            context.output.line(OutboxCommand::tr("%1: %2 sent, %3 left in the outbox")
                                    .arg(account.displayName).arg(report.completed).arg(report.waiting));
            (*next)();
        }, onlyId);
    };
    (*next)();
}

} // namespace

void OutboxCommand::run(CliContext &context)
{
    const QString verb = context.arguments.value(0);
    if (verb == QStringLiteral("flush"))
        return flush(context);
    if (verb == QStringLiteral("retry"))
        return retry(context);
    if (verb == QStringLiteral("delete"))
        return remove(context);
    list(context);
}

void OutboxCommand::list(CliContext &context)
{
    const auto accounts = chosenAccounts(context, 0);
    auto database = std::make_shared<Database>();
    if (!accounts || !openCache(context, *database))
        return context.finish(accounts ? 1 : 2);
    QJsonArray json;
    for (const AccountSettings &account : *accounts) {
        QList<Send::OutboxEntry> entries;
        if (const auto error = Send::OutboxStore(*database).list(account.id, entries)) {
            CliOutput::error(error->userMessage);
            return context.finish(1);
        }
        for (const Send::OutboxEntry &entry : std::as_const(entries)) {
            json.append(toJson(entry));
            QString line = QStringLiteral("%1  %2  %3  %4  %5").arg(entry.id).arg(account.displayName,
                Send::stateName(entry.state), entry.subject, entry.recipients.join(QStringLiteral(", ")));
            if (!entry.lastError.isEmpty())
                line += QStringLiteral("\n    ") + entry.lastError;
            if (!entry.note.isEmpty())
                line += QStringLiteral("\n    ") + entry.note;
            context.output.line(line);
        }
    }
    context.output.document(json);
    context.finish(0);
}

void OutboxCommand::flush(CliContext &context)
{
    const auto accounts = chosenAccounts(context, 1);
    auto database = std::make_shared<Database>();
    if (!accounts || !openCache(context, *database))
        return context.finish(accounts ? 1 : 2);
    drainAll(context, database, *accounts, 0);
}

// The entry named by `ID` (the second argument) in the opened cache; on failure the error is printed,
// the exit code set and nullopt returned.
std::optional<Send::OutboxEntry> OutboxCommand::entryArgument(CliContext &context, std::shared_ptr<Database> database)
{
    bool ok = false;
    const qint64 id = context.arguments.value(1).toLongLong(&ok);
    if (!ok || !openCache(context, *database)) {
        if (!ok)
            CliOutput::error(tr("Usage: %1").arg(QStringLiteral("outbox retry|delete ID")));
        context.finish(ok ? 1 : 2);
        return std::nullopt;
    }
    std::optional<Send::OutboxEntry> entry;
    if (const auto error = Send::OutboxStore(*database).get(id, entry); error || !entry) {
        CliOutput::error(error ? error->userMessage : tr("No message %1 in the outbox.").arg(id));
        context.finish(1);
        return std::nullopt;
    }
    return entry;
}

void OutboxCommand::retry(CliContext &context)
{
    auto database = std::make_shared<Database>();
    const auto entry = entryArgument(context, database);
    if (!entry)
        return;
    const auto account = findAccount(context, entry->accountId);
    if (!account) {
        CliOutput::error(tr("No account named \"%1\".").arg(entry->accountId));
        return context.finish(1);
    }
    if (const auto error = Send::OutboxStore(*database).retry(entry->id)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    drainAll(context, database, {*account}, entry->id);
}

void OutboxCommand::remove(CliContext &context)
{
    auto database = std::make_shared<Database>();
    const auto entry = entryArgument(context, database);
    if (!entry)
        return;
    if (const auto error = Send::OutboxStore(*database).remove(entry->id)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    context.output.line(tr("message %1 removed from the outbox").arg(entry->id));
    context.output.document(QJsonObject{{QStringLiteral("removed"), entry->id}});
    context.finish(0);
}

} // namespace Kestrel::Cli

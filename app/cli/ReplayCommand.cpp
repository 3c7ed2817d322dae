#include "ReplayCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"

#include "account/CredentialStore.h"
#include "cache/OfflineQueue.h"
#include "sync/actions/AccountReplay.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace Kestrel::Cli {

namespace {

const CliRegistration<ReplayCommand> replayRegistration({QStringLiteral("replay")}, "  replay [ACCOUNT]", 46);

using Done = std::function<void(const Sync::ReplayReport &report)>;

// Reads the password, runs AccountReplay, hands its report to `done` (a keychain failure becomes the
// report's error).
void replayAccount(const AccountSettings &account, std::shared_ptr<Database> database, Done done)
{
    auto *store = new CredentialStore(QStringLiteral("Kestrel"), qApp);
    readLoginSecret(*store, account, [store, account, database, done](std::optional<QString> password, std::optional<Error> error) {
        store->deleteLater();
        if (error || !password) {
            Sync::ReplayReport report;
            report.error = error.value_or(Error::make(Error::Code::Keychain,
                                                      ReplayCommand::tr("No password is stored for \"%1\".").arg(account.displayName)));
            OfflineQueue(*database).count(account.id, report.remaining);
            return done(report);
        }
        auto *replay = new Sync::AccountReplay(account, *password, *database, qApp);
        QObject::connect(replay, &Sync::AccountReplay::finished, replay, [replay, database, done](const Sync::ReplayReport &report) {
            replay->deleteLater();
            done(report);
        });
        replay->start();
    });
}

bool wasDropped(Database &database, const QString &accountId, qint64 actionId)
{
    QList<OfflineAction> dropped;
    OfflineQueue(database).dropped(accountId, dropped);
    return std::any_of(dropped.cbegin(), dropped.cend(), [actionId](const OfflineAction &a) { return a.id == actionId; });
}

QString queuedText(const AccountSettings &account)
{
    return ReplayCommand::tr("queued, will be sent when %1 is reachable").arg(account.imap.host);
}

} // namespace

std::optional<MessageArguments> messageArguments(const CliContext &context, int count, const QString &usage)
{
    const auto account = findAccount(context, context.arguments.value(0));
    bool ok = false;
    const quint32 uid = context.arguments.value(2).toUInt(&ok);
    if (context.arguments.size() != count || !account || !ok || uid == 0) {
        if (!context.arguments.isEmpty() && !account)
            CliOutput::error(ReplayCommand::tr("No account named \"%1\".").arg(context.arguments.value(0)));
        CliOutput::error(ReplayCommand::tr("Usage: %1").arg(usage));
        return std::nullopt;
    }
    return MessageArguments{*account, context.arguments.value(1), uid};
}

void sendQueuedAction(CliContext &context, const AccountSettings &account, std::shared_ptr<Database> database,
                      qint64 actionId, const QString &sentText)
{
    replayAccount(account, database, [&context, account, database, actionId, sentText](const Sync::ReplayReport &report) {
        QString status = QStringLiteral("sent");
        int exitCode = 0;
        if (wasDropped(*database, account.id, actionId)) {
            status = QStringLiteral("dropped");
            exitCode = 1;
        } else if (report.unreachable()) {
            status = QStringLiteral("queued");
            context.output.line(queuedText(account));
        } else if (report.replayedElsewhere) {
            status = QStringLiteral("queued"); // the other process sends it; its note says so below
        } else if (report.error) {
            status = QStringLiteral("queued");
            exitCode = 1;
            CliOutput::error(ReplayCommand::tr("%1; the action stays queued.").arg(report.error->userMessage));
        } else {
            context.output.line(sentText);
        }
        for (const QString &note : report.notes)
            CliOutput::error(note);
        context.output.document(QJsonObject{{QStringLiteral("status"), status},
                                            {QStringLiteral("server"), account.imap.host},
                                            {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
        context.finish(exitCode);
    });
}

void ReplayCommand::run(CliContext &context)
{
    QList<AccountSettings> accounts = loadAccounts(context);
    const QString wanted = context.arguments.value(0);
    if (!wanted.isEmpty()) {
        const auto account = findAccount(context, wanted);
        if (!account) {
            CliOutput::error(tr("No account named \"%1\".").arg(wanted));
            return context.finish(2);
        }
        accounts = {*account};
    }
    auto database = std::make_shared<Database>();
    if (!openCache(context, *database))
        return context.finish(1);
    auto remaining = std::make_shared<QList<AccountSettings>>(accounts);
    auto results = std::make_shared<QJsonArray>();
    auto failures = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void()>>();
    *next = [&context, database, remaining, results, failures, next] {
        if (remaining->isEmpty()) {
            context.output.document(*results);
            return context.finish(*failures ? 1 : 0);
        }
        const AccountSettings account = remaining->takeFirst();
        replayAccount(account, database, [&context, account, results, failures, next](const Sync::ReplayReport &report) {
            if (report.unreachable())
                context.output.line(account.displayName + QStringLiteral(": ") + queuedText(account));
            else if (report.error)
                CliOutput::error(account.displayName + QStringLiteral(": ") + report.error->userMessage);
            else
                context.output.line(tr("%1: %2 sent, %3 dropped, %4 left").arg(account.displayName).arg(report.completed)
                                        .arg(report.dropped).arg(report.remaining));
            for (const QString &note : report.notes)
                context.output.line(account.displayName + QStringLiteral(": ") + note);
            if (report.error)
                ++*failures;
            results->append(QJsonObject{{QStringLiteral("account"), account.id}, {QStringLiteral("sent"), report.completed},
                                        {QStringLiteral("dropped"), report.dropped}, {QStringLiteral("remaining"), report.remaining},
                                        {QStringLiteral("unreachable"), report.unreachable()},
                                        {QStringLiteral("replayedElsewhere"), report.replayedElsewhere},
                                        {QStringLiteral("error"), report.error ? report.error->userMessage : QString()},
                                        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
            (*next)();
        });
    };
    (*next)();
}

} // namespace Kestrel::Cli

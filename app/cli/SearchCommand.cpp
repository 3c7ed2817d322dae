#include "SearchCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"

#include "cache/FolderStore.h"
#include "cache/MessageListReader.h"
#include "cache/SearchIndex.h"
#include "sync/SearchIndexCatchUp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kestrel::Cli {

namespace {
const CliRegistration<SearchCommand> registration({QStringLiteral("search")}, "  search QUERY [--account A] [--limit N]", 32);

struct SearchArguments {
    QString query;
    QString account;
    int limit = 50;
    bool ok = true;
};

SearchArguments parse(const QStringList &arguments)
{
    SearchArguments parsed;
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--account") && i + 1 < arguments.size())
            parsed.account = arguments[++i];
        else if (arguments[i] == QLatin1String("--limit") && i + 1 < arguments.size())
            parsed.limit = arguments[++i].toInt(&parsed.ok);
        else if (arguments[i].startsWith(QLatin1String("--")))
            parsed.ok = false;
        else
            words << arguments[i];
    }
    parsed.query = words.join(QLatin1Char(' '));
    parsed.ok = parsed.ok && !parsed.query.trimmed().isEmpty() && parsed.limit > 0;
    return parsed;
}

} // namespace

void SearchCommand::run(CliContext &context)
{
    const SearchArguments args = parse(context.arguments);
    if (!args.ok) {
        CliOutput::error(tr("Usage: search QUERY [--account A] [--limit N]"));
        return context.finish(2);
    }
    QHash<QString, QString> accountNames;
    QString accountId;
    for (const AccountSettings &account : loadAccounts(context)) {
        accountNames.insert(account.id, account.displayName);
        if (account.displayName == args.account || account.id == args.account)
            accountId = account.id;
    }
    if (!args.account.isEmpty() && accountId.isEmpty()) {
        CliOutput::error(tr("No account named \"%1\".").arg(args.account));
        return context.finish(2);
    }
    Database database;
    if (!openCache(context, database))
        return context.finish(1);
    // What syncs queued for the index is indexed first (`sync` leaves it queued): once, rather than this and
    // every later search testing each queued message on its own. Failing that (another process holding the
    // cache's write lock, a full disk), the search still finds them, only more slowly.
    qint64 unindexed = 0;
    if (auto error = Sync::SearchIndexCatchUp::indexBatch(database, 0, unindexed))
        CliOutput::error(tr("The search index could not be brought up to date (%1); messages not yet in it are searched one by one.")
                             .arg(error->userMessage));
    QList<MessageKey> hits;
    auto error = SearchIndex(database).search(args.query, accountId, args.limit, hits);
    QHash<qint64, QString> folderNames;
    QJsonArray list;
    for (qsizetype i = 0; !error && i < hits.size(); ++i) {
        const MessageKey &hit = hits[i];
        std::optional<MessageSummary> m;
        std::optional<FolderInfo> folder;
        error = MessageListReader(database).messageById(hit.id, m);
        if (!error && !folderNames.contains(hit.folderId) && !(error = FolderStore(database).folder(hit.folderId, folder)))
            folderNames.insert(hit.folderId, folder ? folder->name : QString());
        if (error || !m)
            continue;
        const QString account = accountNames.value(hit.accountId, hit.accountId);
        const QString from = m->from.isEmpty() ? QString() : m->from.first().toDisplayString();
        const QString date = m->internalDate.toString(Qt::ISODate);
        context.output.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6").arg(account, folderNames[hit.folderId])
                                .arg(m->uid).arg(date, from, m->subject));
        list.append(QJsonObject{{QStringLiteral("account"), account}, {QStringLiteral("folder"), folderNames[hit.folderId]},
                                {QStringLiteral("uid"), qint64(m->uid)}, {QStringLiteral("date"), date},
                                {QStringLiteral("from"), from}, {QStringLiteral("subject"), m->subject}});
    }
    if (error) {
        CliOutput::error(error->toString());
        return context.finish(1);
    }
    context.output.document(list);
    context.finish(0);
}

} // namespace Kestrel::Cli

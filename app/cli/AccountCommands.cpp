#include "AccountCommands.h"

#include "CliRegistry.h"

#include "account/AccountRepository.h"
#include "account/CredentialStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace Kestrel::Cli {

namespace {
const CliRegistration<AccountAddCommand> addRegistration(
    {QStringLiteral("account"), QStringLiteral("add")},
    "  account add --name NAME --email ADDR [--user USER] --imap-host H --imap-port P\n"
    "      --imap-security tls|starttls|none --smtp-host H --smtp-port P --smtp-security tls|starttls|none\n"
    "      [--trust-certificate SHA256] [--password-stdin] [--prefetch none|text|everything] [--prefetch-days N]\n"
    "      [--push-folder FOLDER]... (the folders IDLE watches; INBOX when none is given)",
    10);
const CliRegistration<AccountListCommand> listRegistration({QStringLiteral("accounts")}, "  accounts", 11);
const CliRegistration<AccountRemoveCommand> removeRegistration(
    {QStringLiteral("account"), QStringLiteral("remove")}, "  account remove NAME", 12);
} // namespace

namespace {

AccountRepository repositoryFor(const CliContext &context)
{
    return AccountRepository(context.profile.filePath(QStringLiteral("accounts.json")));
}

// A stable id from the name: lower-case ASCII letters, digits and dashes, unique in the profile.
QString makeAccountId(const QString &name, const QList<AccountSettings> &existing)
{
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("account");
    QString id = base;
    for (int n = 2; Kestrel::findAccount(existing, id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

std::optional<ServerEndpoint> parseEndpoint(const QCommandLineParser &parser, const QString &prefix, QString *problem)
{
    bool portOk = false, securityOk = false;
    ServerEndpoint endpoint;
    endpoint.host = parser.value(prefix + QStringLiteral("-host"));
    endpoint.port = quint16(parser.value(prefix + QStringLiteral("-port")).toUInt(&portOk));
    endpoint.security = connectionSecurityFromString(parser.value(prefix + QStringLiteral("-security")), &securityOk);
    if (endpoint.host.isEmpty() || !portOk || endpoint.port == 0 || !securityOk) {
        *problem = AccountAddCommand::tr("--%1-host, --%1-port and --%1-security (tls, starttls or none) are required.").arg(prefix);
        return std::nullopt;
    }
    return endpoint;
}

QString readPasswordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine(); // one line; the line end is not part of the password
}

} // namespace

void AccountAddCommand::run(CliContext &context)
{
    QCommandLineParser parser;
    const QStringList valued{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("user"),
                             QStringLiteral("imap-host"), QStringLiteral("imap-port"), QStringLiteral("imap-security"),
                             QStringLiteral("smtp-host"), QStringLiteral("smtp-port"), QStringLiteral("smtp-security"),
                             QStringLiteral("trust-certificate"), QStringLiteral("prefetch"), QStringLiteral("prefetch-days"),
                             QStringLiteral("push-folder")};
    for (const QString &name : valued)
        parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringLiteral("password-stdin")));
    if (!parser.parse(QStringList{QStringLiteral("account-add")} + context.arguments)) {
        CliOutput::error(parser.errorText());
        return context.finish(2);
    }
    QList<AccountSettings> accounts;
    if (const auto error = repositoryFor(context).load(accounts)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    QString problem;
    const auto imap = parseEndpoint(parser, QStringLiteral("imap"), &problem);
    const auto smtp = imap ? parseEndpoint(parser, QStringLiteral("smtp"), &problem) : std::nullopt;
    const QString name = parser.value(QStringLiteral("name"));
    if (name.isEmpty() || parser.value(QStringLiteral("email")).isEmpty())
        problem = tr("--name and --email are required.");
    else if (std::any_of(accounts.begin(), accounts.end(), [&](const AccountSettings &a) { return a.displayName == name; }))
        problem = tr("An account named \"%1\" already exists.").arg(name);
    const QString prefetch = parser.value(QStringLiteral("prefetch"));
    bool daysOk = true;
    const int prefetchDays = parser.isSet(QStringLiteral("prefetch-days")) ? parser.value(QStringLiteral("prefetch-days")).toInt(&daysOk) : 30;
    if (problem.isEmpty() && !prefetch.isEmpty() && prefetch != QLatin1String("none") && prefetch != QLatin1String("text")
        && prefetch != QLatin1String("everything"))
        problem = tr("--prefetch is none, text or everything.");
    else if (problem.isEmpty() && (!daysOk || prefetchDays < 1))
        problem = tr("--prefetch-days is a number of days, at least 1.");
    if (!problem.isEmpty() || !imap || !smtp) {
        CliOutput::error(problem);
        return context.finish(2);
    }

    AccountSettings account;
    account.id = makeAccountId(name, accounts);
    account.displayName = name;
    account.email = parser.value(QStringLiteral("email"));
    account.userName = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user")) : account.email;
    account.imap = *imap;
    account.smtp = *smtp;
    account.prefetch = prefetch == QLatin1String("none")         ? AccountSettings::Prefetch::None
                     : prefetch == QLatin1String("everything") ? AccountSettings::Prefetch::Everything
                                                               : AccountSettings::Prefetch::Text;
    account.prefetchDays = prefetchDays;
    if (parser.isSet(QStringLiteral("push-folder")))
        account.pushFolders = parser.values(QStringLiteral("push-folder"));
    if (parser.isSet(QStringLiteral("trust-certificate"))) {
        const QByteArray pin = parser.value(QStringLiteral("trust-certificate")).remove(QLatin1Char(':')).toLower().toLatin1();
        account.trustedCertificates = {{imap->host, imap->port, pin}, {smtp->host, smtp->port, pin}};
    }
    accounts.append(account);
    if (const auto error = repositoryFor(context).save(accounts)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    context.output.line(tr("Added account \"%1\" (%2).").arg(name, account.id));
    context.output.document(account.toJson());
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return context.finish(0);

    auto *store = new CredentialStore(QStringLiteral("Kestrel"), qApp);
    store->write(account.secretKey(), readPasswordFromStdin(), [&context, store](std::optional<Error> error) {
        store->deleteLater();
        if (error)
            CliOutput::error(error->userMessage);
        context.finish(error ? 1 : 0);
    });
}

void AccountListCommand::run(CliContext &context)
{
    QList<AccountSettings> accounts;
    if (const auto error = repositoryFor(context).load(accounts)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    QJsonArray list;
    for (const AccountSettings &account : std::as_const(accounts)) {
        list.append(account.toJson());
        context.output.line(QStringLiteral("%1\t%2\t%3@%4:%5 (%6)")
                                .arg(account.displayName, account.email, account.userName, account.imap.host)
                                .arg(account.imap.port)
                                .arg(toString(account.imap.security)));
    }
    context.output.document(list);
    context.finish(0);
}

void AccountRemoveCommand::run(CliContext &context)
{
    QList<AccountSettings> accounts;
    if (const auto error = repositoryFor(context).load(accounts)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    const QString name = context.arguments.value(0);
    const auto found = std::find_if(accounts.begin(), accounts.end(),
                                    [&](const AccountSettings &a) { return a.displayName == name || a.id == name; });
    if (name.isEmpty() || found == accounts.end()) {
        CliOutput::error(tr("No account named \"%1\".").arg(name));
        return context.finish(2);
    }
    const AccountSettings removed = *found;
    accounts.erase(found);
    if (const auto error = repositoryFor(context).save(accounts)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    auto *store = new CredentialStore(QStringLiteral("Kestrel"), qApp);
    store->remove(removed.secretKey(), [&context, store, removed](std::optional<Error> error) {
        store->deleteLater();
        if (error)
            CliOutput::error(error->userMessage);
        context.output.line(tr("Removed account \"%1\".").arg(removed.displayName));
        context.finish(error ? 1 : 0);
    });
}

} // namespace Kestrel::Cli

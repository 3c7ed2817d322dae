#include "SendCommand.h"

#include "CliAccounts.h"
#include "CliRegistry.h"

#include "account/CredentialStore.h"
#include "send/OutboxStore.h"
#include "send/OutboxSubmission.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

namespace Kestrel::Cli {

namespace {

const CliRegistration<SendCommand> sendRegistration(
    {QStringLiteral("send")},
    "  send ACCOUNT --to ADDR --subject S --body-file F [--cc ADDR] [--bcc ADDR] [--attach FILE]...", 50);

// "Name <a@b>", "a@b", or several of them separated by commas.
AddressList parseAddresses(const QString &text)
{
    AddressList list;
    for (QString item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        item = item.trimmed();
        const qsizetype open = item.lastIndexOf(QLatin1Char('<'));
        if (open >= 0 && item.endsWith(QLatin1Char('>'))) {
            QString name = item.left(open).trimmed();
            if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
                name = name.mid(1, name.size() - 2);
            list.append({name, item.mid(open + 1, item.size() - open - 2).trimmed()});
        } else {
            list.append({QString(), item});
        }
    }
    return list;
}

// Fills `message` from the options after ACCOUNT; an error message when they are wrong.
QString readOptions(const QStringList &arguments, OutgoingMessage &message)
{
    QString bodyFile;
    bool haveSubject = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString option = arguments.at(i);
        if (i + 1 >= arguments.size())
            return SendCommand::tr("%1 needs a value.").arg(option);
        const QString value = arguments.at(++i);
        if (option == QStringLiteral("--to"))
            message.to += parseAddresses(value);
        else if (option == QStringLiteral("--cc"))
            message.cc += parseAddresses(value);
        else if (option == QStringLiteral("--bcc"))
            message.bcc += parseAddresses(value);
        else if (option == QStringLiteral("--subject"))
            message.subject = value, haveSubject = true;
        else if (option == QStringLiteral("--body-file"))
            bodyFile = value;
        else if (option == QStringLiteral("--attach")) {
            QFile file(value);
            if (!file.open(QIODevice::ReadOnly))
                return SendCommand::tr("Cannot read %1: %2").arg(value, file.errorString());
            message.attachments.append({QFileInfo(value).fileName(), QMimeDatabase().mimeTypeForFile(value).name(), file.readAll()});
        } else
            return SendCommand::tr("Unknown option %1.").arg(option);
    }
    if (!haveSubject || bodyFile.isEmpty())
        return SendCommand::tr("--subject and --body-file are required.");
    QFile body(bodyFile);
    if (!body.open(QIODevice::ReadOnly))
        return SendCommand::tr("Cannot read %1: %2").arg(bodyFile, body.errorString());
    message.body = QString::fromUtf8(body.readAll());
    return {};
}

} // namespace

void drainOutbox(CliContext &context, const AccountSettings &account, std::shared_ptr<Database> database,
                 std::function<void(const Send::SendReport &report)> done, qint64 onlyId)
{
    auto *store = new CredentialStore(QStringLiteral("Kestrel"), qApp);
    readLoginSecret(*store, account, [&context, store, account, database, done, onlyId](std::optional<QString> password,
                                                                                        std::optional<Error> error) {
        store->deleteLater();
        if (error || !password) {
            Send::SendReport report;
            report.sentError = error.value_or(Error::make(Error::Code::Keychain,
                                                          SendCommand::tr("No password is stored for \"%1\".").arg(account.displayName)));
            return done(report);
        }
        auto *send = new Send::AccountSend(account, *password, *database, qApp);
        const CliOutput &out = context.output;
        QObject::connect(send, &Send::AccountSend::delivered, send, [&out](qint64 id, const QStringList &refused) {
            out.line(SendCommand::tr("message %1: accepted by the server").arg(id));
            for (const QString &refusal : refused)
                CliOutput::error(SendCommand::tr("message %1: not delivered to %2").arg(id).arg(refusal));
        });
        QObject::connect(send, &Send::AccountSend::completed, send, [&out](qint64 id) {
            out.line(SendCommand::tr("message %1: sent and saved in Sent").arg(id));
        });
        QObject::connect(send, &Send::AccountSend::noted, send,
                         [](qint64 id, const QString &note) { CliOutput::error(QStringLiteral("message %1: ").arg(id) + note); });
        QObject::connect(send, &Send::AccountSend::failed, send, [](qint64 id, const Error &error, const QDateTime &retryAt) {
            const QString when = retryAt.isValid()
                ? SendCommand::tr("It stays in the outbox and is tried again after %1.").arg(retryAt.toLocalTime().toString(Qt::ISODate))
                : SendCommand::tr("It stays in the outbox.");
            CliOutput::error(QStringLiteral("message %1: %2 %3").arg(id).arg(error.userMessage, when));
        });
        QObject::connect(send, &Send::AccountSend::finished, send, [send, done, account](const Send::SendReport &report) {
            send->deleteLater();
            if (report.sendingElsewhere)
                CliOutput::error(SendCommand::tr("%1: another Kestrel is sending this outbox now; it sends this message too.")
                                     .arg(account.displayName));
            done(report);
        });
        send->start(onlyId);
    });
}

void SendCommand::run(CliContext &context)
{
    const auto account = findAccount(context, context.arguments.value(0));
    if (!account) {
        CliOutput::error(tr("No account named \"%1\".").arg(context.arguments.value(0)));
        return context.finish(2);
    }
    OutgoingMessage message;
    message.accountId = account->id;
    message.from = {account->displayName, account->email};
    if (const QString problem = readOptions(context.arguments, message); !problem.isEmpty()) {
        CliOutput::error(problem);
        return context.finish(2);
    }
    if (const auto error = Send::OutboxSubmission::check(message)) {
        CliOutput::error(error->userMessage);
        return context.finish(2);
    }
    auto database = std::make_shared<Database>();
    if (!openCache(context, *database))
        return context.finish(1);
    qint64 id = 0;
    if (const auto error = Send::OutboxSubmission::store(*database, message, id)) {
        CliOutput::error(error->userMessage);
        return context.finish(1);
    }
    context.output.line(tr("message %1: stored in the outbox").arg(id));
    drainOutbox(context, *account, database, [&context, database, id](const Send::SendReport &report) {
        std::optional<Send::OutboxEntry> entry;
        Send::OutboxStore(*database).get(id, entry);
        const QString state = entry ? Send::stateName(entry->state) : QStringLiteral("sent");
        if (report.sentError)
            CliOutput::error(report.sentError->userMessage);
        context.output.document(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("state"), state},
                                            {QStringLiteral("lastError"), entry ? entry->lastError : QString()},
                                            {QStringLiteral("waiting"), report.waiting}});
        // Refused for good: 1. Sent, or waiting for the network (a normal state of an outbox): 0.
        context.finish(entry && entry->state == Send::OutboxState::Failed ? 1 : 0);
    });
}

} // namespace Kestrel::Cli

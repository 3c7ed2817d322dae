#include "ShowCommand.h"

#include "CliRegistry.h"
#include "ShowCommandSupport.h"

#include "cache/BodyText.h"
#include "sync/bodies/CachedBody.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Kestrel::Cli {

namespace {
const CliRegistration<ShowCommand> registration({QStringLiteral("show")}, "  show ACCOUNT FOLDER UID [--offline]", 30);

QStringList displayAddresses(const AddressList &addresses)
{
    QStringList list;
    for (const Address &address : addresses)
        list << address.toDisplayString();
    return list;
}

QJsonArray attachmentsJson(const QList<PartInfo> &attachments)
{
    QJsonArray list;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const PartInfo &part = attachments[i];
        list.append(QJsonObject{{QStringLiteral("index"), int(i + 1)},
                                {QStringLiteral("fileName"), part.fileName},
                                {QStringLiteral("mimeType"), part.mimeType},
                                {QStringLiteral("size"), qint64(part.decodedSizeEstimate())},
                                {QStringLiteral("section"), part.section}});
    }
    return list;
}

void print(const CliContext &context, const CliMessage &message, const Sync::CachedBody &body)
{
    const Sync::MessageParts &parts = body.parts;
    const MessageSummary &m = message.summary;
    const CliOutput &out = context.output;
    out.document(QJsonObject{{QStringLiteral("account"), message.account.displayName},
                             {QStringLiteral("folder"), message.folder.name},
                             {QStringLiteral("uid"), qint64(m.uid)},
                             {QStringLiteral("subject"), m.subject},
                             {QStringLiteral("from"), QJsonArray::fromStringList(displayAddresses(m.from))},
                             {QStringLiteral("to"), QJsonArray::fromStringList(displayAddresses(m.to))},
                             {QStringLiteral("cc"), QJsonArray::fromStringList(displayAddresses(m.cc))},
                             {QStringLiteral("date"), (m.sentDate.isValid() ? m.sentDate : m.internalDate).toString(Qt::ISODate)},
                             {QStringLiteral("messageId"), m.messageId},
                             {QStringLiteral("text"), body.plainText},
                             {QStringLiteral("html"), body.htmlText},
                             {QStringLiteral("attachments"), attachmentsJson(parts.attachments)}});
    out.line(ShowCommand::tr("From: %1").arg(displayAddresses(m.from).join(QStringLiteral(", "))));
    out.line(ShowCommand::tr("To: %1").arg(displayAddresses(m.to).join(QStringLiteral(", "))));
    if (!m.cc.isEmpty())
        out.line(ShowCommand::tr("Cc: %1").arg(displayAddresses(m.cc).join(QStringLiteral(", "))));
    const QDateTime date = m.sentDate.isValid() ? m.sentDate : m.internalDate;
    out.line(ShowCommand::tr("Date: %1").arg(QLocale().toString(date.toLocalTime(), QLocale::LongFormat)));
    out.line(ShowCommand::tr("Subject: %1").arg(m.subject));
    out.line(QString());
    if (!body.plainText.isEmpty())
        out.line(body.plainText);
    else if (!body.htmlText.isEmpty())
        out.line(BodyText::fromHtml(body.htmlText));
    else
        out.line(ShowCommand::tr("[This message has no text.]"));
    for (qsizetype i = 0; i < parts.attachments.size(); ++i) {
        const PartInfo &part = parts.attachments[i];
        out.line(ShowCommand::tr("Attachment %1: %2 (%3, %4)")
                     .arg(i + 1)
                     .arg(part.fileName.isEmpty() ? ShowCommand::tr("unnamed") : part.fileName, part.mimeType,
                          QLocale().formattedDataSize(qint64(part.decodedSizeEstimate()))));
    }
}

// Shows the message from the cache alone; returns the exit code.
int showCached(const CliContext &context, Database &database, const CliMessage &message)
{
    std::optional<Sync::CachedBody> body;
    if (const auto error = Sync::CachedBody::read(database, message.summary.id, body)) {
        CliOutput::error(error->toString());
        return 1;
    }
    if (!body || !body->isComplete()) {
        CliOutput::error((body ? ShowCommand::tr("The text of message %1 is not in the cache; run without --offline to fetch it.")
                               : ShowCommand::tr("The structure of message %1 is not in the cache; run without --offline to fetch it."))
                             .arg(message.summary.uid));
        return ExitNotCached;
    }
    print(context, message, *body);
    return 0;
}

} // namespace

void ShowCommand::run(CliContext &context)
{
    QStringList args = context.arguments;
    const bool offline = args.removeAll(QStringLiteral("--offline")) > 0;
    if (args.size() != 3) {
        CliOutput::error(tr("Usage: show ACCOUNT FOLDER UID [--offline]"));
        return context.finish(2);
    }
    auto database = std::make_shared<Database>();
    int exitCode = 0;
    const auto message = ShowCommandSupport::findMessage(context, *database, args, exitCode);
    if (!message)
        return context.finish(exitCode);
    ShowCommandSupport::fetchThen(context, database, *message, std::nullopt, offline,
                                  [&context, database, message = *message] { return showCached(context, *database, message); });
}

} // namespace Kestrel::Cli

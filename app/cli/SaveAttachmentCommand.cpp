#include "SaveAttachmentCommand.h"

#include "CliRegistry.h"
#include "ShowCommandSupport.h"

#include "cache/MessageListReader.h"
#include "cache/PartStore.h"
#include "sync/bodies/MessageParts.h"

#include <QJsonObject>
#include <QSaveFile>

namespace Kestrel::Cli {

namespace {
const CliRegistration<SaveAttachmentCommand> registration({QStringLiteral("save-attachment")},
                                                          "  save-attachment ACCOUNT FOLDER UID INDEX FILE [--offline]", 31);

// Atomically: an interrupted save never leaves half a file under the wanted name.
std::optional<QString> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return SaveAttachmentCommand::tr("Cannot write \"%1\": %2").arg(path, file.errorString());
    return std::nullopt;
}

// Saves from the cache alone; returns the exit code.
int saveCached(const CliContext &context, Database &database, const CliMessage &message, int index, const QString &path)
{
    std::optional<MessageSummary> fresh;
    std::optional<StoredPart> stored;
    auto failure = MessageListReader(database).messageById(message.summary.id, fresh);
    const auto parts = fresh ? Sync::MessageParts::fromStored(fresh->bodyStructure) : std::nullopt;
    if (!failure && parts && index < parts->attachments.size())
        failure = PartStore(database).load(message.summary.id, parts->attachments[index].section, stored);
    if (failure) {
        CliOutput::error(failure->toString());
        return 1;
    }
    if (parts && index >= parts->attachments.size()) {
        CliOutput::error(SaveAttachmentCommand::tr("Message %1 has no attachment number %2 (it has %n).", nullptr,
                                                   int(parts->attachments.size()))
                             .arg(message.summary.uid).arg(index + 1));
        return 2;
    }
    if (!parts || !stored) {
        CliOutput::error(SaveAttachmentCommand::tr("Attachment %1 of message %2 is not in the cache; run without --offline to fetch it.")
                             .arg(index + 1).arg(message.summary.uid));
        return ExitNotCached;
    }
    if (const auto error = writeFile(path, stored->content)) {
        CliOutput::error(*error);
        return 1;
    }
    const PartInfo &part = parts->attachments[index];
    context.output.document(QJsonObject{{QStringLiteral("file"), path},
                                        {QStringLiteral("bytes"), qint64(stored->content.size())},
                                        {QStringLiteral("fileName"), part.fileName},
                                        {QStringLiteral("mimeType"), part.mimeType}});
    context.output.line(SaveAttachmentCommand::tr("Saved %1 (%2 bytes) to %3")
                            .arg(part.fileName.isEmpty() ? part.mimeType : part.fileName)
                            .arg(stored->content.size())
                            .arg(path));
    return 0;
}

} // namespace

void SaveAttachmentCommand::run(CliContext &context)
{
    QStringList args = context.arguments;
    const bool offline = args.removeAll(QStringLiteral("--offline")) > 0;
    bool indexOk = false;
    const int index = args.value(3).toInt(&indexOk) - 1;
    if (args.size() != 5 || !indexOk || index < 0) {
        CliOutput::error(tr("Usage: save-attachment ACCOUNT FOLDER UID INDEX FILE [--offline] (INDEX as show lists it, from 1)"));
        return context.finish(2);
    }
    auto database = std::make_shared<Database>();
    int exitCode = 0;
    const auto message = ShowCommandSupport::findMessage(context, *database, args, exitCode);
    if (!message)
        return context.finish(exitCode);
    const QString path = args.value(4);
    ShowCommandSupport::fetchThen(context, database, *message, index, offline, [&context, database, message = *message, index, path] {
        return saveCached(context, *database, message, index, path);
    });
}

} // namespace Kestrel::Cli

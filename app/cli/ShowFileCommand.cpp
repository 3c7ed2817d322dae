#include "ShowFileCommand.h"

#include "CliRegistry.h"

#include "mime/MessageReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Kestrel::Cli {

namespace {
const CliRegistration<ShowFileCommand> registration({QStringLiteral("show-file")}, "  show-file FILE.eml", 90);
} // namespace

namespace {

QJsonObject toJson(const Mime::MessageView &view)
{
    QJsonArray attachments;
    for (const Mime::AttachmentView &attachment : view.attachments) {
        attachments.append(QJsonObject{{QStringLiteral("fileName"), attachment.fileName},
                                       {QStringLiteral("mimeType"), QString::fromLatin1(attachment.mimeType)},
                                       {QStringLiteral("size"), attachment.size},
                                       {QStringLiteral("inline"), attachment.isInline}});
    }
    return {{QStringLiteral("subject"), view.subject},
            {QStringLiteral("from"), view.from},
            {QStringLiteral("to"), QJsonArray::fromStringList(view.to)},
            {QStringLiteral("cc"), QJsonArray::fromStringList(view.cc)},
            {QStringLiteral("date"), view.date.toString(Qt::ISODate)},
            {QStringLiteral("messageId"), QString::fromLatin1(view.messageId)},
            {QStringLiteral("text"), view.plainText},
            {QStringLiteral("html"), view.htmlText},
            {QStringLiteral("attachments"), attachments}};
}

} // namespace

void ShowFileCommand::run(CliContext &context)
{
    const QString path = context.arguments.value(0);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        CliOutput::error(tr("Cannot read the message file \"%1\": %2").arg(path, file.errorString()));
        return context.finish(2);
    }
    const QByteArray raw = file.readAll();
    const Mime::MessageView view = Mime::MessageReader::read(raw);
    const CliOutput &out = context.output;
    out.document(toJson(view));
    out.line(tr("From: %1").arg(view.from));
    out.line(tr("To: %1").arg(view.to.join(QStringLiteral(", "))));
    if (!view.cc.isEmpty())
        out.line(tr("Cc: %1").arg(view.cc.join(QStringLiteral(", "))));
    out.line(tr("Date: %1").arg(QLocale().toString(view.date.toLocalTime(), QLocale::LongFormat)));
    out.line(tr("Subject: %1").arg(view.subject));
    out.line(QString());
    if (!view.plainText.isEmpty())
        out.line(view.plainText);
    else if (!view.htmlText.isEmpty())
        out.line(tr("[This message has only an HTML part of %n character(s).]", nullptr, int(view.htmlText.size())));
    else {
        // Nothing to show as text: the source itself, so that nothing the message holds is hidden.
        out.line(tr("[This message has no text that could be decoded.]"));
        out.line(tr("[The source of the message follows.]"));
        out.line(QString::fromUtf8(raw));
    }
    for (const Mime::AttachmentView &attachment : view.attachments) {
        out.line(tr("Attachment: %1 (%2, %3)")
                     .arg(attachment.fileName.isEmpty() ? tr("unnamed") : attachment.fileName,
                          QString::fromLatin1(attachment.mimeType), QLocale().formattedDataSize(attachment.size)));
    }
    context.finish(0);
}

} // namespace Kestrel::Cli

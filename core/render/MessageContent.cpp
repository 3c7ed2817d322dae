#include "render/MessageContent.h"

#include "cache/PartStore.h"
#include "sync/bodies/MessageParts.h"

namespace Kestrel::Render {

std::optional<Error> MessageContent::load(Database &database, const MessageSummary &message, MessageContent &content)
{
    content = {};
    const auto parts = Sync::MessageParts::fromStored(message.bodyStructure);
    if (!parts)
        return std::nullopt; // not synced with its structure yet: nothing to show, nothing wrong
    content.structureKnown = true;
    content.attachments = parts->attachments;
    content.html = parts->showsHtml();
    content.complete = true;
    const PartStore store(database);
    QStringList texts;
    for (const PartInfo &info : parts->text) {
        std::optional<StoredPart> part;
        if (auto error = store.load(message.id, info.section, part))
            return error;
        if (!part) {
            content.complete = false;
            continue;
        }
        // A plain part beside an HTML body (mixed) is shown as escaped text inside it.
        const QString text = QString::fromUtf8(part->content);
        texts << (content.html && info.mimeType != QLatin1String("text/html") ? QStringLiteral("<pre>%1</pre>").arg(text.toHtmlEscaped()) : text);
    }
    content.body = texts.join(content.html ? QStringLiteral("<hr>") : QStringLiteral("\n\n"));
    if (content.html) {
        for (const PartInfo &info : parts->related) {
            std::optional<StoredPart> part;
            if (auto error = store.load(message.id, info.section, part))
                return error;
            if (part && !info.contentId.isEmpty())
                content.inlineParts.insert(info.contentId, part->content);
        }
    }
    return std::nullopt;
}

} // namespace Kestrel::Render

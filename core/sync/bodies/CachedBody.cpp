#include "sync/bodies/CachedBody.h"

#include "cache/MessageListReader.h"
#include "cache/PartStore.h"

#include <QSet>

namespace Kestrel::Sync {

std::optional<Error> CachedBody::read(Database &database, qint64 messageId, std::optional<CachedBody> &body)
{
    body.reset();
    std::optional<MessageSummary> message;
    if (auto error = MessageListReader(database).messageById(messageId, message))
        return error;
    const auto parts = message ? MessageParts::fromStored(message->bodyStructure) : std::nullopt;
    if (!parts)
        return std::nullopt;
    CachedBody result{*parts, {}, {}, {}};
    PartStore store(database);
    QList<PartInfo> cached;
    if (auto error = store.cachedParts(messageId, cached))
        return error;
    QSet<QString> sections;
    for (const PartInfo &part : std::as_const(cached))
        sections.insert(part.section);
    for (const PartInfo &part : parts->forDisplay()) {
        if (!sections.contains(part.section)) {
            result.missing.append(part);
            continue;
        }
        if (!part.isBodyText())
            continue; // an inline image: cached for the HTML view, not text
        std::optional<StoredPart> stored;
        if (auto error = store.load(messageId, part.section, stored))
            return error;
        QString &text = part.mimeType == QLatin1String("text/html") ? result.htmlText : result.plainText;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        if (stored)
            text += QString::fromUtf8(stored->content);
    }
    body = std::move(result);
    return std::nullopt;
}

} // namespace Kestrel::Sync

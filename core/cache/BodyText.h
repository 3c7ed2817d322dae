#pragma once

#include <QByteArray>
#include <QString>

namespace Kestrel {

// The searchable text of a text part: plain text as it is, HTML without markup (a rough conversion for
// the index only; nobody reads it).
class BodyText
{
public:
    static QString forIndex(const QString &mimeType, const QByteArray &utf8);
    static QString fromHtml(const QString &html);
};

} // namespace Kestrel

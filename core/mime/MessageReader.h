#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Kestrel::Mime {

// What the reader shows of one message, decoded: no KMime type leaks out of core/mime.
struct AttachmentView {
    QString fileName;  // decoded (RFC 2231 / RFC 2047); may be empty
    QByteArray mimeType;
    qint64 size = 0;   // decoded bytes
    bool isInline = false;
};

struct MessageView {
    QString subject;
    QString from;
    QStringList to;
    QStringList cc;
    QDateTime date;
    QByteArray messageId;
    QString plainText; // the first text/plain part, charset-decoded; empty when there is none
    QString htmlText;  // the first text/html part, charset-decoded, NOT sanitised
    QList<AttachmentView> attachments; // every leaf part that is not the shown text
};

// Parses a complete RFC 5322 message (CRLF or LF line ends) with KMime.
class MessageReader
{
public:
    static MessageView read(const QByteArray &rawMessage);
};

} // namespace Kestrel::Mime

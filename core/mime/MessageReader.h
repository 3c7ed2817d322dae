#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Kestrel::Mime {

// What the reader shows of one message, decoded: no KMime type leaks out of core/mime.
struct MessageView {
    QString subject;
    QString from;
    QStringList to;
    QDateTime date;
    QByteArray messageId;
    QString plainText; // the first text/plain part, charset-decoded; empty when there is none
};

// Parses a complete RFC 5322 message (CRLF or LF line ends) with KMime.
class MessageReader
{
public:
    static MessageView read(const QByteArray &rawMessage);
};

} // namespace Kestrel::Mime

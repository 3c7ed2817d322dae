#pragma once

#include <QString>

namespace Kestrel {

// One leaf of a message's MIME tree, as BODYSTRUCTURE describes it (RFC 9051 7.5.2).
struct PartInfo {
    QString section;     // IMAP section path: "1", "1.2", "2.1.3"; "TEXT" / "1" for a single-part message
    QString mimeType;    // lower case, "text/plain"
    QString charset;     // as declared ("utf-8", "koi8-r"); empty when none
    QString encoding;    // Content-Transfer-Encoding as declared, lower case ("base64", "7bit")
    quint64 size = 0;    // encoded size in octets as the server reported it
    QString fileName;    // decoded; empty when none
    QString contentId;   // without the angle brackets
    QString disposition; // "inline", "attachment" or empty

    bool isText() const { return mimeType.startsWith(QLatin1String("text/")); }
    bool isAttachment() const { return disposition == QLatin1String("attachment") || !fileName.isEmpty(); }
    // Text a reader shows and search indexes: cached as UTF-8 with LF line ends. Every other part is
    // cached as its original bytes (transfer encoding removed, nothing else), so a saved attachment is
    // exactly what the sender attached.
    bool isBodyText() const
    {
        return (mimeType == QLatin1String("text/plain") || mimeType == QLatin1String("text/html")) && !isAttachment();
    }

    // What the part will take once decoded: base64 carries 3 bytes in 4 characters, in lines of 76 + CRLF.
    quint64 decodedSizeEstimate() const
    {
        return encoding == QLatin1String("base64") ? size * 57 / 78 : size;
    }

    friend bool operator==(const PartInfo &, const PartInfo &) = default;
};

} // namespace Kestrel

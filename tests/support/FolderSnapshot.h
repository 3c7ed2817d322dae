#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Kestrel::Test {

// One folder's messages as seen from one side (the server, or Kestrel's cache), in a form both sides
// can be compared in: flags as IMAP names ("\Seen", "$Forwarded"), sorted, without the session-only
// \Recent.
struct FolderSnapshot {
    struct Message {
        QStringList flags;
        QString messageId;
        quint64 size = 0;
    };

    quint32 uidValidity = 0;
    QMap<quint32, Message> messages; // by UID
    QString error;                   // why the snapshot could not be taken; empty when it was

    // A readable account of every difference ("UID 7: flags server (\Seen) cache ()", "only in cache:
    // UID 9 ..."), at most `maxLines` lines; empty when the two are equal.
    static QString diff(const FolderSnapshot &server, const FolderSnapshot &cache, int maxLines = 40);
};

} // namespace Kestrel::Test

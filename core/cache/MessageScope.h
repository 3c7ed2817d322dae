#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace Kestrel {

// The quick filter over a message list: each switch narrows the list; `text` is what the user typed,
// matched over the local full-text index (FtsQuery: every word, the last one as a prefix).
struct MessageFilter {
    bool unreadOnly = false;
    bool flaggedOnly = false;
    bool withAttachment = false;
    QString text;

    // True when nothing narrows the list (text with no searchable word counts as no text).
    bool isEmpty() const;
    friend bool operator==(const MessageFilter &, const MessageFilter &) = default;
};

// Which messages a list shows: the messages of one folder, or of several ("All Inboxes"), that pass
// the filter. Turned into SQL here so that every read of the list (count, pages, threads) agrees.
struct MessageScope {
    QList<qint64> folderIds;
    MessageFilter filter;

    bool isEmpty() const { return folderIds.isEmpty(); }
    // "m.folder_id = ? AND (m.flags & 1) = 0 AND ..." over `messages m`, appending its values to
    // `values` in order. The text goes through the FTS index (rowid lookups), never a scan of bodies.
    QString whereClause(QVariantList &values) const;
    friend bool operator==(const MessageScope &, const MessageScope &) = default;
};

} // namespace Kestrel

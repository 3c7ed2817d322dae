#pragma once

#include "common/Error.h"
#include "common/PartInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

class QSqlQuery;

namespace Kestrel {

class Database;
class Transaction;

struct StoredPart {
    PartInfo info;
    QByteArray content;
};

// One part to store: which message (MessageSummary::id), what, and its decoded content.
struct PartContent {
    qint64 messageId = 0;
    PartInfo info;
    QByteArray content;
};

// A message of a folder and which of its sections are cached (the background prefetch's candidates).
struct MessageCoverage {
    qint64 messageId = 0;
    quint32 uid = 0;
    QByteArray bodyStructure; // MessageSummary::bodyStructure
    QSet<QString> cachedSections;
};

// Cached message parts, keyed by (message row id, IMAP section). `content` is the DECODED part: transfer
// encoding removed and, for body text (PartInfo::isBodyText), converted to UTF-8 with LF line ends
// (core/mime's PartDecoder does both); attachments keep their original bytes. Parts larger than the
// threshold go to a file in parts/ (written atomically) with only its name in SQLite. Storing body text
// refreshes the message's body text in the search index in the same transaction (the text/plain parts,
// else the text/html ones without markup; SearchIndex::MaxBodyChars). Parts go away with their message
// (UidRelinker keeps them on the relinked row).
class PartStore
{
public:
    static constexpr qint64 DefaultFileThreshold = 256 * 1024;

    explicit PartStore(Database &db, qint64 fileThreshold = DefaultFileThreshold);

    // Stores (or replaces) one part.
    std::optional<Error> store(qint64 messageId, const PartInfo &info, const QByteArray &content);
    // Stores many parts in one transaction (the background prefetch): much cheaper than one by one.
    std::optional<Error> storeAll(const QList<PartContent> &parts);
    // `part` stays empty when the section is not cached.
    std::optional<Error> load(qint64 messageId, const QString &section, std::optional<StoredPart> &part) const;
    // What is cached for a message, by section.
    std::optional<Error> cachedParts(qint64 messageId, QList<PartInfo> &parts) const;
    // Messages of the folder that arrived (INTERNALDATE) at or after `since`, newest first.
    std::optional<Error> coverageSince(qint64 folderId, const QDateTime &since, QList<MessageCoverage> &messages) const;
    // Whether the part is held as a file (for tests and disk-usage displays).
    std::optional<Error> isFile(qint64 messageId, const QString &section, bool &file) const;

private:
    std::optional<Error> writeRows(Transaction &transaction, const QList<PartContent> &parts,
                                   QSet<qint64> &textChanged);
    std::optional<Error> refreshBodyTexts(const QSet<qint64> &messageIds);
    std::optional<Error> bodyText(QSqlQuery &query, qint64 messageId, QString &text);

    Database &m_db;
    qint64 m_fileThreshold;
};

} // namespace Kestrel

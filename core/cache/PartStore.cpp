#include "cache/PartStore.h"

#include "cache/BodyText.h"
#include "cache/Database.h"
#include "cache/PartFiles.h"
#include "cache/SearchIndex.h"
#include "cache/Sql.h"
#include "cache/Transaction.h"

#include <QSqlQuery>

namespace Kestrel {
namespace {

const char *const InfoColumns = "section, mime_type, charset, encoding, size, file_name, content_id, disposition";

PartInfo readInfo(const QSqlQuery &q)
{
    PartInfo info;
    info.section = q.value(0).toString();
    info.mimeType = q.value(1).toString();
    info.charset = q.value(2).toString();
    info.encoding = q.value(3).toString();
    info.size = quint64(q.value(4).toLongLong());
    info.fileName = q.value(5).toString();
    info.contentId = q.value(6).toString();
    info.disposition = q.value(7).toString();
    return info;
}

void bindInsert(QSqlQuery &query, const PartContent &part, const QString &fileName)
{
    const PartInfo &info = part.info;
    const bool inFile = !fileName.isEmpty();
    const QVariantList values{part.messageId, Sql::text(info.section), Sql::text(info.mimeType), Sql::text(info.charset),
                              Sql::text(info.encoding), qint64(info.size), Sql::text(info.fileName),
                              Sql::text(info.contentId), Sql::text(info.disposition), qint64(part.content.size()),
                              inFile ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(part.content),
                              inFile ? QVariant(fileName) : QVariant(QMetaType(QMetaType::QString))};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
}

} // namespace

PartStore::PartStore(Database &db, qint64 fileThreshold)
    : m_db(db)
    , m_fileThreshold(fileThreshold)
{
}

std::optional<Error> PartStore::store(qint64 messageId, const PartInfo &info, const QByteArray &content)
{
    return storeAll({PartContent{messageId, info, content}});
}

std::optional<Error> PartStore::storeAll(const QList<PartContent> &parts)
{
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    QSet<qint64> textChanged;
    if (auto error = writeRows(transaction, parts, textChanged))
        return error;
    if (auto error = refreshBodyTexts(textChanged))
        return error;
    PartFiles(m_db).purgeAfterCommit(transaction);
    return transaction.commit();
}

// Large contents go to files first; a rollback removes them again. A replaced row's old file is
// recorded by the parts_file_gone trigger and deleted after the commit.
std::optional<Error> PartStore::writeRows(Transaction &transaction, const QList<PartContent> &parts,
                                          QSet<qint64> &textChanged)
{
    const PartFiles files(m_db);
    QSqlQuery remove(m_db.connection());
    QSqlQuery insert(m_db.connection());
    if (auto error = Sql::prepare(remove, QStringLiteral("DELETE FROM parts WHERE message = ? AND section = ?")))
        return error;
    if (auto error = Sql::prepare(insert, QStringLiteral("INSERT INTO parts (message, ") + QLatin1String(InfoColumns)
                                              + QStringLiteral(", stored_size, content, file)"
                                                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return error;
    for (const PartContent &part : parts) {
        QString fileName;
        if (part.content.size() > m_fileThreshold) {
            if (auto error = files.write(part.content, fileName))
                return error;
            transaction.afterRollback([files, fileName] { files.remove(fileName); });
        }
        remove.bindValue(0, part.messageId);
        remove.bindValue(1, Sql::text(part.info.section));
        bindInsert(insert, part, fileName);
        if (auto error = Sql::exec(remove))
            return error;
        if (auto error = Sql::exec(insert))
            return error;
        if (part.info.isBodyText())
            textChanged.insert(part.messageId);
    }
    return std::nullopt;
}

std::optional<Error> PartStore::refreshBodyTexts(const QSet<qint64> &messageIds)
{
    if (messageIds.isEmpty())
        return std::nullopt;
    QHash<qint64, QString> texts;
    {
        QSqlQuery query(m_db.connection());
        if (auto error = Sql::prepare(query, QStringLiteral("SELECT mime_type, content, file FROM parts WHERE message = ?"
                                                            " AND mime_type IN ('text/plain', 'text/html')"
                                                            " AND disposition <> 'attachment' AND file_name = ''"
                                                            " ORDER BY section")))
            return error;
        for (const qint64 id : messageIds) {
            if (auto error = bodyText(query, id, texts[id]))
                return error;
        }
    }
    return SearchIndex(m_db).setBodyTexts(texts);
}

// Body text = the message's text/plain parts, or its text/html parts when it has no plain text.
std::optional<Error> PartStore::bodyText(QSqlQuery &query, qint64 messageId, QString &text)
{
    QStringList plain;
    QStringList html;
    query.bindValue(0, messageId);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next()) {
        const QString mimeType = query.value(0).toString();
        QByteArray utf8 = query.value(1).toByteArray();
        if (!query.value(2).isNull()) // large: the beginning is enough for the index
            PartFiles(m_db).read(query.value(2).toString(), utf8, SearchIndex::MaxBodyChars * 4);
        (mimeType == QLatin1String("text/plain") ? plain : html).append(BodyText::forIndex(mimeType, utf8));
    }
    query.finish();
    text = (plain.isEmpty() ? html : plain).join(QLatin1Char('\n'));
    return std::nullopt;
}

std::optional<Error> PartStore::load(qint64 messageId, const QString &section, std::optional<StoredPart> &part) const
{
    part.reset();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT ") + QLatin1String(InfoColumns)
                                             + QStringLiteral(", content, file FROM parts WHERE message = ? AND section = ?")))
        return error;
    query.addBindValue(messageId);
    query.addBindValue(section);
    if (auto error = Sql::exec(query))
        return error;
    if (!query.next())
        return std::nullopt;
    StoredPart stored{readInfo(query), query.value(8).toByteArray()};
    if (!query.value(9).isNull()) {
        if (auto error = PartFiles(m_db).read(query.value(9).toString(), stored.content))
            return error;
    }
    part = std::move(stored);
    return std::nullopt;
}

std::optional<Error> PartStore::cachedParts(qint64 messageId, QList<PartInfo> &parts) const
{
    parts.clear();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT ") + QLatin1String(InfoColumns)
                                             + QStringLiteral(" FROM parts WHERE message = ? ORDER BY section")))
        return error;
    query.addBindValue(messageId);
    if (auto error = Sql::exec(query))
        return error;
    while (query.next())
        parts.append(readInfo(query));
    return std::nullopt;
}

std::optional<Error> PartStore::coverageSince(qint64 folderId, const QDateTime &since,
                                             QList<MessageCoverage> &messages) const
{
    messages.clear();
    QSqlQuery query(m_db.connection());
    if (auto error = Sql::prepare(query, QStringLiteral("SELECT m.id, m.uid, m.body_structure,"
                                                        " (SELECT group_concat(p.section, ' ') FROM parts p WHERE p.message = m.id)"
                                                        " FROM messages m WHERE m.folder_id = ? AND m.internal_date >= ?"
                                                        " ORDER BY m.internal_date DESC, m.uid DESC")))
        return error;
    query.addBindValue(folderId);
    query.addBindValue(since.toMSecsSinceEpoch());
    if (auto error = Sql::exec(query))
        return error;
    while (query.next()) {
        const QStringList sections = query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        messages.append({query.value(0).toLongLong(), quint32(query.value(1).toLongLong()), query.value(2).toByteArray(),
                         QSet<QString>(sections.cbegin(), sections.cend())});
    }
    return std::nullopt;
}

std::optional<Error> PartStore::isFile(qint64 messageId, const QString &section, bool &file) const
{
    QVariant value;
    if (auto error = Sql::scalar(m_db.connection(),
                                 QStringLiteral("SELECT file IS NOT NULL FROM parts WHERE message = ? AND section = ?"),
                                 {messageId, section}, value))
        return error;
    file = value.toBool();
    return std::nullopt;
}

} // namespace Kestrel

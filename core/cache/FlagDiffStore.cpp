#include "cache/FlagDiffStore.h"

#include "cache/AddressCodec.h"
#include "cache/Database.h"
#include "cache/Sql.h"
#include "cache/Transaction.h"

#include <QSqlQuery>

namespace Kestrel {

FlagDiffStore::FlagDiffStore(Database &db)
    : m_db(db)
{
}

std::optional<Error> FlagDiffStore::apply(qint64 folderId, const QList<FlagUpdate> &updates, int &changed)
{
    changed = 0;
    if (updates.isEmpty())
        return std::nullopt;
    Transaction transaction(m_db);
    if (auto error = transaction.begin())
        return error;
    {
        QSqlQuery flags(m_db.connection());
        if (auto error = Sql::prepare(flags, QStringLiteral("UPDATE messages SET flags = ?, keywords = ?,"
                                                            " modseq = CASE WHEN ? > modseq THEN ? ELSE modseq END"
                                                            " WHERE folder_id = ? AND uid = ?"
                                                            " AND (flags IS NOT ? OR keywords IS NOT ?)")))
            return error;
        QSqlQuery modSeq(m_db.connection());
        if (auto error = Sql::prepare(modSeq, QStringLiteral("UPDATE messages SET modseq = ?"
                                                             " WHERE folder_id = ? AND uid = ? AND modseq < ?")))
            return error;
        for (const FlagUpdate &update : updates) {
            const int system = int(update.flags.system.toInt());
            const QVariant keywords = Sql::text(AddressCodec::encodeWords(update.flags.keywords));
            int column = 0;
            for (const QVariant &value : {QVariant(system), keywords, QVariant(qint64(update.modSeq)),
                                          QVariant(qint64(update.modSeq)), QVariant(folderId),
                                          QVariant(qint64(update.uid)), QVariant(system), keywords})
                flags.bindValue(column++, value);
            if (auto error = Sql::exec(flags))
                return error;
            if (flags.numRowsAffected() > 0) {
                ++changed;
                continue;
            }
            if (update.modSeq == 0)
                continue;
            column = 0;
            for (const QVariant &value : {QVariant(qint64(update.modSeq)), QVariant(folderId),
                                          QVariant(qint64(update.uid)), QVariant(qint64(update.modSeq))})
                modSeq.bindValue(column++, value);
            if (auto error = Sql::exec(modSeq))
                return error;
        }
    }
    return transaction.commit();
}

} // namespace Kestrel

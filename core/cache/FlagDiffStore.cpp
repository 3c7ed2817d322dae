#include "cache/FlagDiffStore.h"

#include "cache/AddressCodec.h"
#include "cache/Database.h"
#include "cache/NativeStatement.h"
#include "cache/Transaction.h"

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
    // Two statements prepared once, bound through SQLite's API (NativeStatement): a resync after another
    // client changed 1,000 flags ran these through QSqlQuery::bindValue at ~70 us a message (perf, 100k).
    NativeStatement flags;
    if (auto error = flags.prepare(m_db.connection(), QStringLiteral("UPDATE messages SET flags = ?, keywords = ?,"
                                                                     " modseq = CASE WHEN ? > modseq THEN ? ELSE modseq END"
                                                                     " WHERE folder_id = ? AND uid = ?"
                                                                     " AND (flags IS NOT ? OR keywords IS NOT ?)")))
        return error;
    NativeStatement modSeq;
    if (auto error = modSeq.prepare(m_db.connection(), QStringLiteral("UPDATE messages SET modseq = ?"
                                                                      " WHERE folder_id = ? AND uid = ? AND modseq < ?")))
        return error;
    for (const FlagUpdate &update : updates) {
        const qint64 system = update.flags.system.toInt();
        const QByteArray keywords = AddressCodec::encodeWords(update.flags.keywords).toUtf8();
        const qint64 modSeqValue = qint64(update.modSeq);
        flags.bindInteger(0, system);
        flags.bindText(1, keywords.constData(), keywords.size());
        flags.bindInteger(2, modSeqValue);
        flags.bindInteger(3, modSeqValue);
        flags.bindInteger(4, folderId);
        flags.bindInteger(5, qint64(update.uid));
        flags.bindInteger(6, system);
        flags.bindText(7, keywords.constData(), keywords.size());
        if (auto error = flags.exec())
            return error;
        if (flags.changes() > 0) {
            ++changed;
            continue;
        }
        if (update.modSeq == 0)
            continue;
        modSeq.bindInteger(0, modSeqValue);
        modSeq.bindInteger(1, folderId);
        modSeq.bindInteger(2, qint64(update.uid));
        modSeq.bindInteger(3, modSeqValue);
        if (auto error = modSeq.exec())
            return error;
    }
    return transaction.commit();
}

} // namespace Kestrel

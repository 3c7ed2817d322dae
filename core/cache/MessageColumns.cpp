#include "cache/MessageColumns.h"

#include "cache/AddressCodec.h"
#include "cache/MessageRows.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QVariant>

namespace Kestrel {
namespace {

// Column order of the upsert; `read` follows the same order after m.id.
const char *const WriteColumns = "folder_id, uid, flags, keywords, modseq, internal_date, sent_date, size, subject,"
                                 " sort_subject, from_addr, sort_from, to_addr, cc_addr, bcc_addr, reply_to_addr,"
                                 " message_id, in_reply_to, refs, list_id, has_attachment, body_structure";
constexpr int WriteColumnCount = 22;

} // namespace

QString MessageColumns::upsertSql(int rows)
{
    QStringList placeholders;
    for (int i = 0; i < WriteColumnCount; ++i)
        placeholders.append(QStringLiteral("?"));
    const QString row = QLatin1Char('(') + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(row);
    return QStringLiteral("INSERT INTO messages (") + QLatin1String(WriteColumns) + QStringLiteral(") VALUES ")
        + values.join(QLatin1Char(','))
        + QStringLiteral(" ON CONFLICT (folder_id, uid) DO UPDATE SET flags = excluded.flags,"
                         " keywords = excluded.keywords, modseq = excluded.modseq,"
                         " internal_date = excluded.internal_date, sent_date = excluded.sent_date,"
                         " size = excluded.size, subject = excluded.subject, sort_subject = excluded.sort_subject,"
                         " from_addr = excluded.from_addr, sort_from = excluded.sort_from,"
                         " to_addr = excluded.to_addr, cc_addr = excluded.cc_addr, bcc_addr = excluded.bcc_addr,"
                         " reply_to_addr = excluded.reply_to_addr, message_id = excluded.message_id,"
                         " in_reply_to = excluded.in_reply_to, refs = excluded.refs, list_id = excluded.list_id,"
                         " has_attachment = excluded.has_attachment,"
                         " body_structure = coalesce(excluded.body_structure, body_structure)");
}

void MessageColumns::appendUpsertRow(MessageRows &rows, qint64 folderId, const MessageSummary &m)
{
    static_assert(UpsertColumnCount == WriteColumnCount);
    rows.appendInteger(folderId);
    rows.appendInteger(qint64(m.uid));
    rows.appendInteger(qint64(m.flags.system.toInt()));
    rows.appendText(AddressCodec::encodeWords(m.flags.keywords));
    rows.appendInteger(qint64(m.modSeq));
    rows.appendInteger(m.internalDate.isValid() ? m.internalDate.toMSecsSinceEpoch() : qint64(0));
    if (m.sentDate.isValid())
        rows.appendInteger(m.sentDate.toMSecsSinceEpoch());
    else
        rows.appendNull();
    rows.appendInteger(qint64(m.size));
    rows.appendText(m.subject);
    rows.appendText(sortSubject(m.subject));
    rows.appendText(AddressCodec::encode(m.from));
    rows.appendText(sortFrom(m.from));
    rows.appendText(AddressCodec::encode(m.to));
    rows.appendText(AddressCodec::encode(m.cc));
    rows.appendText(AddressCodec::encode(m.bcc));
    rows.appendText(AddressCodec::encode(m.replyTo));
    rows.appendText(m.messageId);
    rows.appendText(m.inReplyTo);
    rows.appendText(AddressCodec::encodeWords(m.references));
    rows.appendText(m.listId);
    rows.appendInteger(m.hasAttachment ? 1 : 0);
    if (m.bodyStructure.isEmpty()) // NULL: the upsert then keeps what is stored (coalesce)
        rows.appendNull();
    else
        rows.appendBlob(m.bodyStructure);
    rows.endRow();
}

QString MessageColumns::selectList(bool withBodyStructure)
{
    return QStringLiteral("m.id, f.account_id, m.folder_id, m.uid, m.flags, m.keywords, m.modseq, m.internal_date,"
                          " m.sent_date, m.size, m.subject, m.from_addr, m.to_addr, m.cc_addr, m.bcc_addr,"
                          " m.reply_to_addr, m.message_id, m.in_reply_to, m.refs, m.list_id, m.has_attachment")
        + (withBodyStructure ? QStringLiteral(", m.body_structure") : QString());
}

MessageSummary MessageColumns::read(const QSqlQuery &q, bool withBodyStructure)
{
    MessageSummary m;
    m.id = q.value(0).toLongLong();
    m.accountId = q.value(1).toString();
    m.folderId = q.value(2).toLongLong();
    m.uid = quint32(q.value(3).toLongLong());
    m.flags.system = MessageFlagSet::fromInt(q.value(4).toInt());
    m.flags.keywords = AddressCodec::decodeWords(q.value(5).toString());
    m.modSeq = quint64(q.value(6).toLongLong());
    m.internalDate = q.value(7).toLongLong() == 0 ? QDateTime() : fromDbDate(q.value(7));
    m.sentDate = fromDbDate(q.value(8));
    m.size = quint64(q.value(9).toLongLong());
    m.subject = q.value(10).toString();
    m.from = AddressCodec::decode(q.value(11).toString());
    m.to = AddressCodec::decode(q.value(12).toString());
    m.cc = AddressCodec::decode(q.value(13).toString());
    m.bcc = AddressCodec::decode(q.value(14).toString());
    m.replyTo = AddressCodec::decode(q.value(15).toString());
    m.messageId = q.value(16).toString();
    m.inReplyTo = q.value(17).toString();
    m.references = AddressCodec::decodeWords(q.value(18).toString());
    m.listId = q.value(19).toString();
    m.hasAttachment = q.value(20).toInt() != 0;
    if (withBodyStructure)
        m.bodyStructure = q.value(21).toByteArray();
    return m;
}

QString MessageColumns::sortSubject(const QString &subject)
{
    // Reply and forward prefixes in the languages Kestrel ships, repeated or numbered ("Re[2]:").
    static const QRegularExpression prefixes(
        QStringLiteral("^\\s*(?:(?:re|fwd?|aw|wg|sv|vs|antw|tr|отв|ответ|пересл|fw|atb|pārs)(?:\\[\\d+\\])?\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString key = subject;
    if (key.contains(QLatin1Char(':'))) // every prefix ends in one; most subjects have none
        key.remove(prefixes);
    return key.trimmed().toCaseFolded();
}

QString MessageColumns::sortFrom(const AddressList &from)
{
    return from.isEmpty() ? QString() : from.constFirst().shortName().trimmed().toCaseFolded();
}

QDateTime MessageColumns::fromDbDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

} // namespace Kestrel

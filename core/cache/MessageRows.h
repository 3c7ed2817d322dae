#pragma once

#include "common/MessageSummary.h"

#include <QByteArray>
#include <QList>
#include <QStringEncoder>
#include <QStringView>

namespace Kestrel {

class NativeStatement;

// Message summaries turned into the values of the upsert's columns (MessageColumns::upsertSql), ready to
// bind: integers, NULLs, and every text and blob as bytes in one buffer (texts in UTF-8, the cache's
// encoding). Making them (sort keys, encoded address lists, UTF-8) is most of what storing a message
// costs outside SQLite. ChunkWriter builds them on the sync's thread, so that its own thread, the longest
// pole of an initial sync, only binds, steps and commits; and frees one buffer, not a summary's twenty
// strings (issue 8).
class MessageRows
{
public:
    MessageRows() = default;
    MessageRows(qint64 folderId, const QList<MessageSummary> &messages);

    qsizetype size() const { return m_rows; }

    // Binds row `row` to the parameters [first, first + MessageColumns::UpsertColumnCount) of `statement`
    // (0-based). The bytes stay owned by this object: it must outlive the statement's next exec().
    void bind(qsizetype row, NativeStatement &statement, int first) const;

    // Appending one row's values in column order (MessageColumns::appendUpsertRow), then endRow().
    void appendInteger(qint64 value);
    void appendText(QStringView text); // never NULL: an empty text is ''
    void appendBlob(const QByteArray &bytes); // a null QByteArray is NULL
    void appendNull();
    void endRow();

private:
    enum class Kind : quint8 { Null, Integer, Text, Blob };
    struct Value {
        Kind kind = Kind::Null;
        qint64 integer = 0;   // Integer
        qsizetype offset = 0; // Text, Blob: where in m_bytes
        qsizetype length = 0;
    };

    QByteArray m_bytes;
    QList<Value> m_values;
    qsizetype m_rows = 0;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace Kestrel

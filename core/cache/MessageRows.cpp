#include "cache/MessageRows.h"

#include "cache/MessageColumns.h"
#include "cache/NativeStatement.h"

namespace Kestrel {

namespace {
// Room reserved per message up front: a typical row's texts and body structure fit, so the buffer
// rarely grows while a batch is built.
constexpr qsizetype TypicalRowBytes = 768;
} // namespace

MessageRows::MessageRows(qint64 folderId, const QList<MessageSummary> &messages)
{
    m_bytes.reserve(messages.size() * TypicalRowBytes);
    m_values.reserve(messages.size() * MessageColumns::UpsertColumnCount);
    for (const MessageSummary &message : messages)
        MessageColumns::appendUpsertRow(*this, folderId, message);
}

void MessageRows::bind(qsizetype row, NativeStatement &statement, int first) const
{
    const qsizetype begin = row * MessageColumns::UpsertColumnCount;
    for (int column = 0; column < MessageColumns::UpsertColumnCount; ++column) {
        const Value &value = m_values.at(begin + column);
        const int parameter = first + column;
        switch (value.kind) {
        case Kind::Null:
            statement.bindNull(parameter);
            break;
        case Kind::Integer:
            statement.bindInteger(parameter, value.integer);
            break;
        case Kind::Text:
            statement.bindText(parameter, m_bytes.constData() + value.offset, value.length);
            break;
        case Kind::Blob:
            statement.bindBlob(parameter, m_bytes.constData() + value.offset, value.length);
            break;
        }
    }
}

void MessageRows::appendInteger(qint64 value)
{
    m_values.append(Value{Kind::Integer, value, 0, 0});
}

void MessageRows::appendText(QStringView text)
{
    const qsizetype offset = m_bytes.size();
    m_bytes.resize(offset + text.size() * 3); // UTF-8 takes at most 3 bytes per UTF-16 code unit
    const char *end = m_utf8.appendToBuffer(m_bytes.data() + offset, text);
    const qsizetype length = end - (m_bytes.constData() + offset);
    m_bytes.resize(offset + length);
    m_values.append(Value{Kind::Text, 0, offset, length});
}

void MessageRows::appendBlob(const QByteArray &bytes)
{
    if (bytes.isNull())
        return appendNull();
    const qsizetype offset = m_bytes.size();
    m_bytes.append(bytes);
    m_values.append(Value{Kind::Blob, 0, offset, bytes.size()});
}

void MessageRows::appendNull()
{
    m_values.append(Value{});
}

void MessageRows::endRow()
{
    ++m_rows;
    Q_ASSERT(m_values.size() == m_rows * MessageColumns::UpsertColumnCount);
}

} // namespace Kestrel

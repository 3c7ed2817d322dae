#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Kestrel::Imap {

// A sequence-set / uid-set (RFC 3501 9, RFC 4315 4): comma-separated numbers and ranges.
//
// Ranges keep the order and direction in which they were built or received: COPYUID (RFC 4315 3)
// pairs source and destination UIDs by position, so a parsed set is never re-sorted.
class SequenceSet
{
public:
    // '*' — the largest number in use. Never a valid message number, which starts at 1.
    static constexpr quint32 Star = 0;

    struct Range {
        quint32 first = 0;
        quint32 last = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    SequenceSet() = default;
    // Sorted, duplicates dropped, runs compressed: {9,1,2,3,4,5,7,10,11,12} -> "1:5,7,9:12".
    static SequenceSet fromNumbers(QList<quint32> numbers);
    static SequenceSet fromRange(quint32 first, quint32 last);
    // Parses "1:5,7,9:*"; nullopt for anything else (empty, 0, junk, overflow).
    static std::optional<SequenceSet> parse(QByteArrayView text);

    // Appends a number, extending the last range when it continues it.
    void append(quint32 number);
    void appendRange(quint32 first, quint32 last);

    const QList<Range> &ranges() const { return m_ranges; }
    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool containsStar() const;
    // Numbers covered; ranges ending in '*' count only their first number.
    quint64 count() const;
    bool contains(quint32 number) const;
    // Each range expanded in ascending order, ranges in set order. Stops after `limit` numbers:
    // a server can name four billion UIDs in 12 bytes ("1:4294967295").
    QList<quint32> toList(qsizetype limit = 10'000'000) const;
    QByteArray toImapString() const;

    friend bool operator==(const SequenceSet &, const SequenceSet &) = default;

private:
    QList<Range> m_ranges;
};

} // namespace Kestrel::Imap

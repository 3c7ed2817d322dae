#include "imap/parser/SequenceSet.h"

#include <algorithm>

namespace Kestrel::Imap {

namespace {

// seq-number = nz-number / "*"; returns false on anything else.
bool parseSeqNumber(QByteArrayView text, quint32 *out)
{
    if (text == "*") {
        *out = SequenceSet::Star;
        return true;
    }
    if (text.isEmpty() || text.size() > 10 || text[0] == '0')
        return false;
    quint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + static_cast<quint64>(c - '0');
    }
    if (value > 0xffffffffULL)
        return false;
    *out = static_cast<quint32>(value);
    return true;
}

quint64 rangeCount(const SequenceSet::Range &r)
{
    if (r.first == SequenceSet::Star || r.last == SequenceSet::Star)
        return 1;
    return static_cast<quint64>(std::max(r.first, r.last) - std::min(r.first, r.last)) + 1;
}

void appendNumber(QByteArray &out, quint32 n)
{
    if (n == SequenceSet::Star)
        out.append('*');
    else
        out.append(QByteArray::number(n));
}

} // namespace

SequenceSet SequenceSet::fromNumbers(QList<quint32> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    SequenceSet set;
    for (quint32 n : numbers) {
        if (n != Star)
            set.append(n);
    }
    return set;
}

SequenceSet SequenceSet::fromRange(quint32 first, quint32 last)
{
    SequenceSet set;
    set.appendRange(first, last);
    return set;
}

std::optional<SequenceSet> SequenceSet::parse(QByteArrayView text)
{
    SequenceSet set;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype comma = text.indexOf(',', start);
        if (comma < 0)
            comma = text.size();
        const QByteArrayView item = text.sliced(start, comma - start);
        const qsizetype colon = item.indexOf(':');
        quint32 first = 0;
        quint32 last = 0;
        if (!parseSeqNumber(colon < 0 ? item : item.first(colon), &first))
            return std::nullopt;
        last = first;
        if (colon >= 0 && !parseSeqNumber(item.sliced(colon + 1), &last))
            return std::nullopt;
        set.m_ranges.append(Range{first, last});
        start = comma + 1;
    }
    return set;
}

void SequenceSet::append(quint32 number)
{
    if (!m_ranges.isEmpty()) {
        Range &last = m_ranges.last();
        if (last.last != Star && last.first <= last.last && number >= last.first && number <= last.last)
            return;
        if (last.last != Star && last.first <= last.last && number == last.last + 1 && number != 0) {
            last.last = number;
            return;
        }
    }
    m_ranges.append(Range{number, number});
}

void SequenceSet::appendRange(quint32 first, quint32 last)
{
    m_ranges.append(Range{first, last});
}

bool SequenceSet::containsStar() const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [](const Range &r) { return r.first == Star || r.last == Star; });
}

quint64 SequenceSet::count() const
{
    quint64 total = 0;
    for (const Range &r : m_ranges)
        total += rangeCount(r);
    return total;
}

bool SequenceSet::contains(quint32 number) const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(), [number](const Range &r) {
        const quint32 lo = std::min(r.first, r.last);
        const quint32 hi = std::max(r.first, r.last);
        if (lo == Star) // "n:*" covers n and everything above it
            return number >= hi;
        return number >= lo && number <= hi;
    });
}

QList<quint32> SequenceSet::toList(qsizetype limit) const
{
    QList<quint32> out;
    for (const Range &r : m_ranges) {
        const quint32 lo = (r.first == Star || r.last == Star) ? std::max(r.first, r.last)
                                                               : std::min(r.first, r.last);
        const quint32 hi = std::max(r.first, r.last);
        for (quint64 n = lo; n <= hi; ++n) {
            if (out.size() >= limit)
                return out;
            out.append(static_cast<quint32>(n));
        }
    }
    return out;
}

QByteArray SequenceSet::toImapString() const
{
    QByteArray out;
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out.append(',');
        appendNumber(out, r.first);
        if (r.first != r.last) {
            out.append(':');
            appendNumber(out, r.last);
        }
    }
    return out;
}

} // namespace Kestrel::Imap

#pragma once

#include <QList>

#include <array>
#include <utility>

namespace Kestrel::Imap {

// Builds a QList whose length is only known once it has been parsed (ENVELOPE address lists) with
// one allocation at its final size. The first N elements are filled in place in a buffer on the
// stack and moved into the list at the end; only a longer list grows as usual. Appending one
// element at a time instead reallocated the list at 1, 2, 4... elements: 11% of
// bench_imap_parser's instructions for the address lists alone.
//
// T must be default-constructible and cheap to move (QByteArray members: a pointer swap).
template<typename T, qsizetype N>
class ExactSizeList
{
public:
    // A default-constructed element for the caller to fill in place; valid until the next call.
    T &emplace()
    {
        if (m_count < N)
            return m_head[size_t(m_count++)];
        if (m_count == N)
            moveHeadInto(m_list, 2 * N);
        ++m_count;
        return m_list.emplaceBack();
    }

    QList<T> take() &&
    {
        if (m_count > N)
            return std::move(m_list);
        QList<T> out;
        moveHeadInto(out, m_count);
        return out;
    }

private:
    void moveHeadInto(QList<T> &out, qsizetype capacity)
    {
        if (capacity == 0)
            return;
        out.reserve(capacity);
        for (qsizetype i = 0; i < m_count && i < N; ++i)
            out.append(std::move(m_head[size_t(i)]));
    }

    std::array<T, size_t(N)> m_head{};
    QList<T> m_list;
    qsizetype m_count = 0;
};

} // namespace Kestrel::Imap

#include "models/MessageThreads.h"

#include <algorithm>

namespace Kestrel {

MessageThreads MessageThreads::build(const QList<ThreadLink> &links, MessageSortColumn column, Qt::SortOrder order)
{
    MessageThreads threads;
    threads.link(links);
    threads.order(links, column, order);
    threads.number();
    return threads;
}

void MessageThreads::link(const QList<ThreadLink> &links)
{
    m_nodes.resize(size_t(links.size()));
    QHash<QString, int> byMessageId;
    byMessageId.reserve(links.size());
    m_byId.reserve(links.size());
    for (int i = 0; i < links.size(); ++i) {
        m_nodes[size_t(i)].id = links[i].id;
        m_byId.insert(links[i].id, i);
        if (!links[i].messageId.isEmpty())
            byMessageId.insert(links[i].messageId, i); // a duplicate copy keeps the last one: either will do
    }
    for (int i = 0; i < links.size(); ++i) {
        // The nearest ancestor first: In-Reply-To, then References from the newest back.
        QStringList ancestors{links[i].inReplyTo};
        for (auto it = links[i].references.crbegin(); it != links[i].references.crend(); ++it)
            ancestors << *it;
        for (const QString &ancestor : std::as_const(ancestors)) {
            const int parent = ancestor.isEmpty() ? -1 : byMessageId.value(ancestor, -1);
            if (parent < 0 || parent == i || isAncestor(i, parent))
                continue;
            m_nodes[size_t(i)].parent = parent;
            break;
        }
    }
    for (int i = 0; i < links.size(); ++i) {
        const int parent = m_nodes[size_t(i)].parent;
        (parent < 0 ? m_roots : m_nodes[size_t(parent)].children).append(i);
    }
}

// Whether `candidate` is `node` or above it: linking node under it would close a loop.
bool MessageThreads::isAncestor(int candidate, int node) const
{
    for (int at = node; at >= 0; at = m_nodes[size_t(at)].parent) {
        if (at == candidate)
            return true;
    }
    return false;
}

void MessageThreads::order(const QList<ThreadLink> &links, MessageSortColumn column, Qt::SortOrder order)
{
    const auto byDate = [&](int a, int b) {
        return links[a].date != links[b].date ? links[a].date < links[b].date : links[a].id < links[b].id;
    };
    for (Node &node : m_nodes)
        std::sort(node.children.begin(), node.children.end(), byDate);
    // A thread's key: its newest message's date (where the conversation is now), else its first message's
    // value of the sort column. Text keys are the cache's case-folded sort columns: compared as they are.
    const bool textKey = column == MessageSortColumn::Subject || column == MessageSortColumn::From;
    std::vector<qint64> numbers(m_nodes.size(), 0);
    std::vector<QString> texts(textKey ? m_nodes.size() : 0);
    for (const int root : std::as_const(m_roots)) {
        if (textKey) {
            texts[size_t(root)] = links[root].sortKey.toString();
            continue;
        }
        qint64 key = links[root].sortKey.toLongLong();
        QList<int> pending = column == MessageSortColumn::Date ? m_nodes[size_t(root)].children : QList<int>();
        while (!pending.isEmpty()) {
            const int at = pending.takeLast();
            key = std::max(key, links[at].date);
            pending << m_nodes[size_t(at)].children;
        }
        numbers[size_t(root)] = key;
    }
    const bool descending = order == Qt::DescendingOrder;
    std::sort(m_roots.begin(), m_roots.end(), [&](int a, int b) {
        const int c = textKey ? texts[size_t(a)].compare(texts[size_t(b)])
                              : (numbers[size_t(a)] < numbers[size_t(b)] ? -1 : numbers[size_t(a)] > numbers[size_t(b)] ? 1 : 0);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return descending ? links[a].id > links[b].id : links[a].id < links[b].id;
    });
}

void MessageThreads::number()
{
    for (int row = 0; row < m_roots.size(); ++row)
        m_nodes[size_t(m_roots[row])].row = row;
    m_positions.assign(m_nodes.size(), 0);
    m_preorder.clear();
    m_preorder.reserve(m_nodes.size());
    QList<int> pending(m_roots.crbegin(), m_roots.crend()); // a stack: the first thread on top
    while (!pending.isEmpty()) {
        const int at = pending.takeLast();
        m_positions[size_t(at)] = int(m_preorder.size());
        m_preorder.push_back(at);
        const QList<int> &children = m_nodes[size_t(at)].children;
        for (int row = int(children.size()) - 1; row >= 0; --row) {
            m_nodes[size_t(children[row])].row = row;
            pending << children[row];
        }
    }
    // Children come after their parent in depth-first order: add them up from the end.
    m_subtreeSizes.assign(m_nodes.size(), 1);
    for (auto it = m_preorder.crbegin(); it != m_preorder.crend(); ++it) {
        const int parent = m_nodes[size_t(*it)].parent;
        if (parent >= 0)
            m_subtreeSizes[size_t(parent)] += m_subtreeSizes[size_t(*it)];
    }
}

} // namespace Kestrel

#pragma once

#include "cache/ThreadLinkReader.h"

#include <QHash>
#include <QList>

#include <vector>

namespace Kestrel {

// The conversations of a message list as a forest, built from Message-ID, In-Reply-To and References
// (RFC 5322 3.6.4). A reply hangs under its nearest ancestor that is in the list; a message whose
// ancestors are all elsewhere starts a thread of its own (no empty placeholder rows). Links that would
// close a loop (broken or forged headers) are ignored. Replies are in date order under their parent;
// threads are ordered by their newest message for the Date column, by their first message otherwise.
// Pure data: no Qt model, no SQL; about 0.1 s for 100k messages.
class MessageThreads
{
public:
    struct Node {
        qint64 id = 0;       // the cache's row id
        int parent = -1;     // node index, -1 for a thread's first message
        int row = 0;         // among its parent's children (or among the threads)
        QList<int> children;
    };

    MessageThreads() = default;
    static MessageThreads build(const QList<ThreadLink> &links, MessageSortColumn column, Qt::SortOrder order);

    int size() const { return int(m_nodes.size()); }
    const Node &node(int index) const { return m_nodes[size_t(index)]; }
    const QList<int> &threads() const { return m_roots; }
    const QList<int> &childrenOf(int parent) const { return parent < 0 ? m_roots : node(parent).children; }
    // Depth-first order of every node: rows are read from the cache in blocks of this order, so the
    // messages of a thread come together whether it is expanded or not.
    int position(int index) const { return m_positions[size_t(index)]; }
    int nodeAtPosition(int position) const { return m_preorder[size_t(position)]; }
    int nodeOfId(qint64 id) const { return m_byId.value(id, -1); }
    // Messages in the subtree of `index`, itself included (what a collapsed thread hides).
    int subtreeSize(int index) const { return m_subtreeSizes[size_t(index)]; }

private:
    void link(const QList<ThreadLink> &links);
    void order(const QList<ThreadLink> &links, MessageSortColumn column, Qt::SortOrder order);
    bool isAncestor(int candidate, int node) const;
    void number();

    std::vector<Node> m_nodes;
    QList<int> m_roots;
    std::vector<int> m_positions;
    std::vector<int> m_preorder;
    std::vector<int> m_subtreeSizes;
    QHash<qint64, int> m_byId;
};

} // namespace Kestrel

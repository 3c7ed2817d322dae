#pragma once

#include "common/MessageSummary.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Kestrel {

// The rows of a lazy message list, read in blocks of BlockSize positions when first asked for and
// kept in a small LRU: memory stays at a few blocks however long the list is.
class SummaryBlocks
{
public:
    static constexpr int BlockSize = 256;
    static constexpr int MaxCachedBlocks = 64;
    // Reads the rows of positions [blockIndex * BlockSize, + BlockSize), in position order.
    using Loader = std::function<QList<MessageSummary>(int blockIndex)>;

    explicit SummaryBlocks(Loader loader);

    // The row at `position`, reading its block when needed; null when the block came back short.
    const MessageSummary *at(int position) const;
    // Makes sure the block of `position` is read (so find() sees it).
    void load(int position) const { at(position); }
    // The position of the first row already read that `matches`, or -1.
    int find(const std::function<bool(const MessageSummary &)> &matches) const;
    void clear();

private:
    Loader m_loader;
    mutable QHash<int, QList<MessageSummary>> m_blocks;
    mutable QList<int> m_recentBlocks; // most recently used last
};

} // namespace Kestrel

#include "models/SummaryBlocks.h"

namespace Kestrel {

SummaryBlocks::SummaryBlocks(Loader loader)
    : m_loader(std::move(loader))
{
}

const MessageSummary *SummaryBlocks::at(int position) const
{
    if (position < 0)
        return nullptr;
    const int blockIndex = position / BlockSize;
    auto found = m_blocks.constFind(blockIndex);
    if (found == m_blocks.cend()) {
        if (m_blocks.size() >= MaxCachedBlocks && !m_recentBlocks.isEmpty())
            m_blocks.remove(m_recentBlocks.takeFirst());
        found = m_blocks.insert(blockIndex, m_loader(blockIndex));
    } else {
        m_recentBlocks.removeOne(blockIndex);
    }
    m_recentBlocks.append(blockIndex);
    const int offset = position % BlockSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

int SummaryBlocks::find(const std::function<bool(const MessageSummary &)> &matches) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (matches(it->at(i)))
                return it.key() * BlockSize + int(i);
        }
    }
    return -1;
}

void SummaryBlocks::clear()
{
    m_blocks.clear();
    m_recentBlocks.clear();
}

} // namespace Kestrel

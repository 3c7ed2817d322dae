#include "CliRegistry.h"

#include <algorithm>

namespace Kestrel::Cli {
namespace {

std::vector<CliCommandEntry> &registry()
{
    // A function-local static: registrations run during static initialisation, in any file order.
    static std::vector<CliCommandEntry> entries;
    return entries;
}

} // namespace

void CliRegistry::add(CliCommandEntry entry)
{
    auto &entries = registry();
    entries.push_back(std::move(entry));
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.order < b.order; });
}

const std::vector<CliCommandEntry> &CliRegistry::entries()
{
    return registry();
}

std::unique_ptr<CliCommand> CliRegistry::take(QStringList &words)
{
    const CliCommandEntry *best = nullptr;
    for (const auto &entry : registry()) {
        if (entry.words.size() > words.size() || (best && best->words.size() >= entry.words.size()))
            continue;
        if (std::equal(entry.words.begin(), entry.words.end(), words.begin()))
            best = &entry;
    }
    if (!best)
        return nullptr;
    words = words.mid(best->words.size());
    return best->create();
}

} // namespace Kestrel::Cli

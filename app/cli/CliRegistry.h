#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Kestrel::Cli {

// Every kestrel-cli command registers itself from its own .cpp (a static CliRegistration), so adding a
// command touches no shared file: app/CMakeLists.txt picks up every cli/*.cpp.
struct CliCommandEntry {
    QStringList words;          // leading words that select it: {"account", "add"}
    const char *synopsis;       // usage line(s), syntax only (not translated)
    int order;                  // position in the usage text
    std::function<std::unique_ptr<CliCommand>()> create;
};

class CliRegistry
{
public:
    static void add(CliCommandEntry entry);
    static const std::vector<CliCommandEntry> &entries(); // sorted by order
    // The command whose words lead `words` (longest match wins); those words are consumed.
    static std::unique_ptr<CliCommand> take(QStringList &words);
};

template<typename Command>
struct CliRegistration {
    CliRegistration(QStringList words, const char *synopsis, int order)
    {
        CliRegistry::add({std::move(words), synopsis, order, [] { return std::make_unique<Command>(); }});
    }
};

} // namespace Kestrel::Cli

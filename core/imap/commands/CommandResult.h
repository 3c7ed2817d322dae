#pragma once

#include "common/Error.h"
#include "imap/parser/StatusResponse.h"

#include <optional>

namespace Kestrel::Imap {

// What every command ends with: the tagged status (with its response code) or an Error that names
// the server and quotes it. Each command's Result derives from this and adds the untagged data it
// collected.
struct CommandResult {
    std::optional<Error> error;
    TaggedStatus status;

    bool ok() const { return !error.has_value(); }
};

} // namespace Kestrel::Imap

#pragma once

#include "common/Error.h"

#include <optional>

namespace Kestrel::Smtp {

// What a procedure (open, send) says after each event: go on waiting, done, or failed with an Error.
struct SmtpStep {
    enum class Status { Continue, Done, Failed };

    Status status = Status::Continue;
    std::optional<Error> error;

    static SmtpStep next() { return {}; }
    static SmtpStep done() { return {Status::Done, std::nullopt}; }
    static SmtpStep fail(const Error &error) { return {Status::Failed, error}; }
};

} // namespace Kestrel::Smtp

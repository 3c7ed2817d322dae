#include "send/OutboxEntry.h"

namespace Kestrel::Send {
namespace {

// The names stored in outbox.state: never change them.
constexpr std::pair<OutboxState, const char *> Names[] = {
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::DataCommitted, "data-committed"},
    {OutboxState::Delivered, "delivered"},
    {OutboxState::Failed, "failed"},
};

} // namespace

QString stateName(OutboxState state)
{
    for (const auto &[value, name] : Names) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<OutboxState> stateFromName(const QString &name)
{
    for (const auto &[value, stored] : Names) {
        if (name == QLatin1String(stored))
            return value;
    }
    return std::nullopt;
}

} // namespace Kestrel::Send

#pragma once

#include "BenchCommon.h"

namespace Kestrel::Bench {

// Scenario 8: the folder's first message (a 10 MB attachment beside a short text) is synced headers
// first straight from Dovecot, then opened as the reader does (BodyFetcher::fetchForDisplay) through
// `proxyPort`, a counting relay that scripts/bench runs in front of the same Dovecot: the bytes it
// relays to the client are what opening the message cost.
void openMessage(const ServerOptions &server, const QString &cachePath, quint16 proxyPort);

} // namespace Kestrel::Bench

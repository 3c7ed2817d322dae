#pragma once

namespace Kestrel::Test {

class DovecotServer;

// A server that dies mid-conversation, for tests: kill() sends SIGKILL to the test Dovecot's master
// and every process it started (no goodbye, connections just drop) and clears what a crash leaves
// behind, so that DovecotServer::restart() brings it back on the same folder, mail and ports.
class DovecotCrash
{
public:
    static bool kill(const DovecotServer &server);
};

} // namespace Kestrel::Test

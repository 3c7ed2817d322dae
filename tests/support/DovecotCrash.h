#pragma once

#include <QString>

namespace Kestrel::Test {

class DovecotServer;

// A server that dies mid-conversation, for tests: kill() sends SIGKILL to the test Dovecot's master
// and every process it started (no goodbye, connections just drop); restart() brings it back on the
// same folder, mail and ports. `extraConfig` must repeat what DovecotServer::setExtraConfig was given.
class DovecotCrash
{
public:
    static bool kill(const DovecotServer &server);
    static bool restart(const DovecotServer &server, const QString &extraConfig, QString *error = nullptr);
};

} // namespace Kestrel::Test

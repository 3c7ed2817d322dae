#pragma once

// Shared by the bench executables that scripts/bench drives. They talk to the harness's Dovecot (plain
// IMAP on loopback, the same transport the raw client and NeoMutt use) and print their numbers as
//     BENCH <name> <value> <unit>
// lines that the script collects; anything else they print is for people. A sanity check that fails
// (fewer messages cached than the server holds, ...) ends the executable with a non-zero exit code.
#include "account/AccountSettings.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>

namespace Kestrel::Bench {

struct ServerOptions {
    quint16 port = 0;     // Dovecot's plain IMAP port on 127.0.0.1
    quint16 lmtpPort = 0; // its LMTP port (push scenario)
    QString user = QStringLiteral("alice");
    QString password = QStringLiteral("secret");
    QString folder = QStringLiteral("INBOX");
};

// Adds --port --lmtp-port --user --password --folder to `parser`; read them back after process().
void addServerOptions(QCommandLineParser &parser);
ServerOptions serverOptions(const QCommandLineParser &parser);

// The account a user of this server would add: plain IMAP (explicitly allowed, as on loopback), no
// SMTP needed. `id` names the cache rows and the keychain entry.
AccountSettings plainAccount(const ServerOptions &server, const QString &id = QStringLiteral("bench"));

void report(const char *name, double value, const char *unit);
// Prints the reason and exits with code 1: a benchmark whose sanity check failed has no number to give.
[[noreturn]] void fail(const QString &reason);

// CPU time used so far, in ms: by this process (all its threads) and by the whole machine (every process,
// the server's included; Linux's /proc/stat, -1 where it cannot be read). Two samples around a run tell a
// run bound by the client from one bound by the machine: on N cores, no run takes less wall time than the
// machine's CPU time during it divided by N.
struct CpuTime {
    double processMs = 0;
    double machineMs = -1;
};
CpuTime cpuTimeNow();
// `before` to now, as BENCH lines <prefix>_cpu_ms (this process; only when `includeProcess`) and
// <prefix>_machine_cpu_ms.
void reportCpuSince(const CpuTime &before, const char *prefix, bool includeProcess);

// Runs the event loop until `done` or `timeoutMs` passed; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs);

} // namespace Kestrel::Bench

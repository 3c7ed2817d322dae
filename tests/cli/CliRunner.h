#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace Kestrel::Test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs kestrel-cli with `arguments` and `input` on stdin; bounded by `timeoutMs`.
inline CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 20000)
{
    QProcess process;
    process.start(QStringLiteral(KESTREL_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// The same, but waiting with the event loop running: for tests whose relays or servers live in this
// process's event loop, which runCli()'s blocking wait would stop.
inline CliResult runCliInEventLoop(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(KESTREL_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Kestrel::Test

#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QTimer>

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
    // A local event loop that ends with the process, not QTest::qWaitFor: that sleeps 10 ms after each
    // pass of the loop, and the relays need several passes per protocol line (10-20 ms per line).
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::stateChanged, &loop, [&loop](QProcess::ProcessState state) {
        if (state == QProcess::NotRunning)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(KESTREL_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Kestrel::Test

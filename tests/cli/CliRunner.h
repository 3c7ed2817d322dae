#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

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

} // namespace Kestrel::Test

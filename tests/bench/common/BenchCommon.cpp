#include "BenchCommon.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <QByteArray>
#include <QFile>
#include <QList>

#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>
#include <unistd.h>

namespace Kestrel::Bench {

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("port"), QStringLiteral("Dovecot's plain IMAP port on 127.0.0.1."), QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("lmtp-port"), QStringLiteral("Dovecot's LMTP port."), QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("IMAP user."), QStringLiteral("USER"), QStringLiteral("alice")});
    parser.addOption({QStringLiteral("password"), QStringLiteral("IMAP password."), QStringLiteral("PASSWORD"),
                      QStringLiteral("secret")});
    parser.addOption({QStringLiteral("folder"), QStringLiteral("The folder to work on."), QStringLiteral("NAME"),
                      QStringLiteral("INBOX")});
}

ServerOptions serverOptions(const QCommandLineParser &parser)
{
    ServerOptions options;
    options.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    options.lmtpPort = quint16(parser.value(QStringLiteral("lmtp-port")).toUInt());
    options.user = parser.value(QStringLiteral("user"));
    options.password = parser.value(QStringLiteral("password"));
    options.folder = parser.value(QStringLiteral("folder"));
    if (options.port == 0)
        fail(QStringLiteral("--port is required (scripts/bench passes the Dovecot it started)"));
    return options;
}

AccountSettings plainAccount(const ServerOptions &server, const QString &id)
{
    AccountSettings account;
    account.id = id;
    account.displayName = id;
    account.email = server.user + QStringLiteral("@example.test");
    account.userName = server.user;
    account.imap = {QStringLiteral("127.0.0.1"), server.port, ConnectionSecurity::None};
    return account;
}

void report(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

void fail(const QString &reason)
{
    std::fprintf(stderr, "bench failed: %s\n", qPrintable(reason));
    std::fflush(stderr);
    std::exit(1);
}

namespace {

double machineCpuMs()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks summed over all cores.
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    if (fields.size() < 8 || fields.first() != "cpu")
        return -1;
    qint64 busy = 0;
    for (const int field : {1, 2, 3, 6, 7}) // idle, iowait and steal (another guest's) are no work done here
        busy += fields.at(field).toLongLong();
    return double(busy) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

} // namespace

CpuTime cpuTimeNow()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return {ms(usage.ru_utime) + ms(usage.ru_stime), machineCpuMs()};
}

void reportCpuSince(const CpuTime &before, const char *prefix, bool includeProcess)
{
    const CpuTime now = cpuTimeNow();
    if (includeProcess)
        report(QByteArray(prefix).append("_cpu_ms").constData(), now.processMs - before.processMs, "ms");
    if (before.machineMs >= 0 && now.machineMs >= 0)
        report(QByteArray(prefix).append("_machine_cpu_ms").constData(), now.machineMs - before.machineMs, "ms");
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}

} // namespace Kestrel::Bench

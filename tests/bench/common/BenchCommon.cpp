#include "BenchCommon.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <cstdio>
#include <cstdlib>

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

#include "DovecotCrash.h"

#include "DovecotServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace Kestrel::Test {
namespace {

// Field 4 of /proc/PID/stat (after the parenthesised command name, which may hold spaces).
qint64 parentOf(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

bool listening(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), port);
    return probe.waitForConnected(200);
}

} // namespace

bool DovecotCrash::kill(const DovecotServer &server)
{
    QFile pidFile(server.directory() + QStringLiteral("/dovecot.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const qint64 master = pidFile.readAll().trimmed().toLongLong();
    if (master <= 0)
        return false;
    QList<qint64> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric && parentOf(entry) == master)
            children << pid;
    }
    ::kill(pid_t(master), SIGKILL);
    for (qint64 child : std::as_const(children))
        ::kill(pid_t(child), SIGKILL);
    // A killed master leaves its pid file, and may linger as a zombie nobody reaps: a new master would
    // take that for a running server and refuse to start.
    QFile::remove(server.directory() + QStringLiteral("/run/master.pid"));
    QDeadlineTimer deadline(10000);
    while (listening(server.ports().imap)) { // bounded: the listeners close with the processes
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

} // namespace Kestrel::Test

#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace Kestrel::Test {

// A size-limited file system for the disk-full tests: a tmpfs mounted on a temporary folder (the tests
// run as root, as in CI). Nothing is skipped when that is not possible: mount() returns false with
// the reason in errorString(), and the test fails with it.
class SmallDisk
{
public:
    ~SmallDisk() { unmount(); }

    bool mount(int kilobytes)
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        return run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=%1k,mode=0755").arg(kilobytes), QStringLiteral("kestrel-full"), m_dir.path()})
            && (m_mounted = true);
    }

    // More room on the same files: space was freed.
    bool grow(int kilobytes)
    {
        return run({QStringLiteral("-o"), QStringLiteral("remount,size=%1k").arg(kilobytes), m_dir.path()});
    }

    void unmount()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
        m_mounted = false;
    }

    QString path() const { return m_dir.path(); }
    QString errorString() const { return m_error; }

private:
    bool run(const QStringList &arguments)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), arguments);
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            return fail(QStringLiteral("mount %1 failed (the disk-full tests need root): %2%3")
                            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(mount.readAllStandardError()),
                                 mount.errorString()));
        return true;
    }

    bool fail(const QString &reason)
    {
        m_error = reason;
        return false;
    }

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};

} // namespace Kestrel::Test

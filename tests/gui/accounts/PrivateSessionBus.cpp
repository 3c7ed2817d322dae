#include "PrivateSessionBus.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/types.h>

namespace Kestrel::Test {

namespace {

// A session bus that allows everything and activates nothing (no <servicedir>, no <standard_session_servicedirs/>).
const char *const Config = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>\n"
                           "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                           "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n";

} // namespace

bool PrivateSessionBus::start()
{
    char pattern[] = "/tmp/kestrel-bus.XXXXXX";
    if (!mkdtemp(pattern))
        return false;
    m_directory = pattern;
    const QString configPath = QString::fromLocal8Bit(m_directory) + QStringLiteral("/session.conf");
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly)
        || config.write(QString::fromLatin1(Config).arg(QString::fromLocal8Bit(m_directory)).toUtf8()) <= 0)
        return false;
    config.close();
    const QByteArray command = "dbus-daemon --fork --print-address=1 --print-pid=1 --config-file=" + configPath.toLocal8Bit();
    FILE *out = popen(command.constData(), "r");
    if (!out)
        return false;
    char line[512] = {};
    if (fgets(line, sizeof line, out))
        m_address = QByteArray(line).trimmed();
    if (fgets(line, sizeof line, out))
        m_pid = std::strtol(line, nullptr, 10);
    pclose(out);
    if (m_address.isEmpty() || m_pid <= 0)
        return false;
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
    return true;
}

PrivateSessionBus::~PrivateSessionBus()
{
    if (m_pid > 0)
        kill(pid_t(m_pid), SIGTERM);
    if (!m_directory.isEmpty())
        QDir(QString::fromLocal8Bit(m_directory)).removeRecursively();
}

} // namespace Kestrel::Test

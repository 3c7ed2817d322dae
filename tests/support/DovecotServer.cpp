#include "DovecotServer.h"

#include "FreePort.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace Kestrel::Test {
namespace {

const QString testbedDir = QStringLiteral(KESTREL_TESTBED_DIR);

} // namespace

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString DovecotServer::certificatePath() const
{
    return directory() + QStringLiteral("/cert.pem");
}

QString DovecotServer::keyPath() const
{
    return directory() + QStringLiteral("/key.pem");
}

QString DovecotServer::maildir(const QString &user) const
{
    return directory() + QStringLiteral("/home/") + user + QStringLiteral("/Maildir");
}

bool DovecotServer::start()
{
    return startRetryingTakenPorts([this] {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kestrel-dovecot-XXXXXX"));
        const QList<quint16> p = freeLoopbackPorts(6);
        m_ports = {p[0], p[1], p[2], p[3], p[4], p[5]};
        return runStartScript();
    }, m_error);
}

bool DovecotServer::restart()
{
    if (!m_dir)
        return start();
    stop();
    return runStartScript();
}

bool DovecotServer::runStartScript()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMAP_PORT"), QString::number(m_ports.imap));
    env.insert(QStringLiteral("IMAPS_PORT"), QString::number(m_ports.imaps));
    env.insert(QStringLiteral("SUBMISSION_PORT"), QString::number(m_ports.submission));
    env.insert(QStringLiteral("SUBMISSIONS_PORT"), QString::number(m_ports.submissions));
    env.insert(QStringLiteral("LMTP_PORT"), QString::number(m_ports.lmtp));
    env.insert(QStringLiteral("RELAY_PORT"), QString::number(m_ports.relay));
    env.insert(QStringLiteral("EXTRA_CONFIG"), m_extraConfig);

    QProcess script;
    script.setProcessEnvironment(env);
    script.start(testbedDir + QStringLiteral("/start-dovecot.sh"), {m_dir->path()});
    const bool finished = script.waitForFinished(30000);
    if (!finished || script.exitCode() != 0) {
        m_error = QStringLiteral("start-dovecot.sh failed: ") + QString::fromLocal8Bit(script.readAllStandardError());
        return false;
    }
    m_running = true;
    return true;
}

void DovecotServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QProcess::execute(testbedDir + QStringLiteral("/stop.sh"), {m_dir->path() + QStringLiteral("/dovecot.pid")});
}

} // namespace Kestrel::Test

#include "SmtpSink.h"

#include "FreePort.h"

#include <QDir>
#include <QFile>

namespace Kestrel::Test {
namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(const QString &certificatePath, const QString &keyPath, const QString &lmtpTarget)
{
    return startRetryingTakenPorts([&] { return startOnFreePorts(certificatePath, keyPath, lmtpTarget); }, m_error);
}

bool SmtpSink::startOnFreePorts(const QString &certificatePath, const QString &keyPath, const QString &lmtpTarget)
{
    const QList<quint16> ports = freeLoopbackPorts(3);
    m_starttlsPort = ports[0];
    m_tlsPort = ports[1];
    m_relayPort = ports[2];
    QStringList args{QStringLiteral(KESTREL_TESTBED_DIR "/smtp-sink.py"),
                     QStringLiteral("--dir"), m_dir.path(),
                     QStringLiteral("--cert"), certificatePath, QStringLiteral("--key"), keyPath,
                     QStringLiteral("--port"), QString::number(m_starttlsPort),
                     QStringLiteral("--tls-port"), QString::number(m_tlsPort),
                     QStringLiteral("--relay-port"), QString::number(m_relayPort)};
    if (!lmtpTarget.isEmpty())
        args << QStringLiteral("--lmtp") << lmtpTarget;
    // Debian's python3 has aiosmtpd; a python first on PATH (pyenv) may not.
    m_process.start(QStringLiteral("/usr/bin/python3"), args);
    // Bounded wait for the "smtp-sink ready" line.
    while (m_process.waitForReadyRead(10000)) {
        if (m_process.readAllStandardOutput().contains("smtp-sink ready"))
            return true;
    }
    m_error = QStringLiteral("smtp-sink did not start: ") + QString::fromLocal8Bit(m_process.readAllStandardError());
    stop();
    return false;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

QList<SmtpSink::StoredMessage> SmtpSink::storedMessages() const
{
    QList<StoredMessage> result;
    const QDir dir(m_dir.path());
    // A message is complete once its .json exists (the sink writes the .eml first).
    const QStringList envelopes = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &envelopeName : envelopes) {
        const QString base = dir.filePath(envelopeName.chopped(5));
        result.append({readFile(base + QStringLiteral(".eml")), readFile(base + QStringLiteral(".json"))});
    }
    return result;
}

} // namespace Kestrel::Test

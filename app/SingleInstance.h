#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Kestrel::App {

// One Kestrel per user and profile: the first process listens on a local socket named after the
// profile; a later launch (a mailto: link clicked in a browser) hands its arguments over and exits
// instead of opening the same cache twice. A socket left behind by a crash answers nobody, so it is
// removed and the new process becomes the first.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileDirectory, QObject *parent = nullptr);

    // The socket name for a profile: per user (the uid is in it) and per profile directory.
    static QString serverName(const QString &profileDirectory);

    // True when another instance took `arguments` (this process should exit 0). Blocks for at most
    // `timeoutMs`, before any window exists, so no GUI waits on it.
    bool handOver(const QStringList &arguments, int timeoutMs = 3000);
    // Becomes the instance later launches hand over to. False (and `error` set) when the socket cannot
    // be created; Kestrel still runs, only without forwarding.
    bool listen(QString *error = nullptr);

signals:
    void argumentsReceived(const QStringList &arguments);

private:
    void readConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
    bool m_peerAlive = false; // handOver() reached an instance that then did not answer
};

} // namespace Kestrel::App

#pragma once

#include <QByteArray>
#include <QString>
#include <QTcpSocket>

namespace Kestrel::Bench {

// The baseline of scenario 1 (and scenario 11's server floor): a client that knows nothing but the wire. It
// logs in, selects the folder and sends one UID FETCH of the items it is given (Kestrel's headers-first items,
// or NeoMutt's), then reads and discards the reply, only following the CRLF lines and {n} literals far enough to find the tagged
// end. What it costs is the floor for any client: the server's work plus loopback copying.
class RawFetch
{
public:
    bool connectTo(quint16 port);
    bool login(const QString &user, const QString &password);
    // SELECT; returns the EXISTS count, -1 on failure.
    qint64 select(const QString &folder);
    // UID STORE of `flags` with +FLAGS.SILENT / -FLAGS.SILENT on the UIDs in `uidSet` (another client
    // changing flags between two syncs).
    bool store(const QByteArray &uidSet, bool add, const QByteArray &flags);
    // Sends `UID FETCH 1:* items` and reads to the tagged OK; counts the bytes and the FETCH responses.
    bool fetchAll(const QByteArray &items);

    qint64 bytesRead() const { return m_bytes; }
    qint64 fetchResponses() const { return m_fetches; }
    QString lastError() const { return m_error; }

private:
    // Sends `tag command` and reads responses up to the tagged one; true on OK.
    bool run(const QByteArray &command);
    // One CRLF-terminated line (literal bodies skipped and their bytes counted); empty on timeout.
    bool readLine(QByteArray &line);
    bool skip(qint64 bytes);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytes = 0;
    qint64 m_fetches = 0;
    qint64 m_exists = -1;
    int m_tag = 0;
    QString m_error;
};

} // namespace Kestrel::Bench

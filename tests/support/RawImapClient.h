#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslSocket>
#include <QString>

namespace Kestrel::Test {

// A second IMAP client for tests, written against the wire and nothing of Kestrel's: commands are
// text, replies are read with the socket's blocking waits (no event loop runs, so Kestrel's own
// session in the same thread is simply paused meanwhile). Plain IMAP on loopback.
class RawImapClient
{
public:
    struct Reply {
        bool ok = false;
        QList<QByteArray> untagged; // "* ..." responses, literals inlined
        QByteArray status;          // the tagged line
    };

    bool connectTo(quint16 port, int timeoutMs = 5000);
    bool login(const QString &user, const QString &password);
    // Sends one command (without tag) and reads to its tagged reply.
    Reply command(const QByteArray &text, int timeoutMs = 10000);
    // APPENDs with LITERAL+ (no round trip per message); returns false unless every APPEND succeeded.
    bool append(const QString &mailbox, const QList<QByteArray> &messages, const QByteArray &flags = {},
                const QDateTime &internalDate = {});
    void logout();

    QString lastError() const { return m_error; }
    static QByteArray quoted(const QString &text);

private:
    QByteArray nextTag() { return "r" + QByteArray::number(++m_tag); }
    // One response: a line with any literals it announces, inlined. Empty on timeout.
    QByteArray readResponse(int timeoutMs);
    bool fill(qsizetype needed, int timeoutMs);
    Reply readUntilTagged(const QByteArray &tag, int timeoutMs);

    QSslSocket m_socket;
    QByteArray m_buffer;
    int m_tag = 0;
    QString m_error;
};

} // namespace Kestrel::Test

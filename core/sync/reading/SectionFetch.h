#pragma once

#include "common/Error.h"
#include "common/PartInfo.h"

#include <QByteArray>
#include <QObject>

#include <optional>

namespace Kestrel {
namespace Imap {
class ImapSession;
}

namespace Sync {

// Downloads one section of a message in pieces: BODY.PEEK[section]<origin.length> (RFC 9051 6.4.5),
// one piece after the other, so that a large attachment (or the whole message, section "") reports
// its progress and can be cancelled between pieces instead of holding the connection for minutes.
// The bytes are kept as the server sends them (transfer-encoded); PartDownload::decodePart decodes.
// The folder must already be selected (examineFolder). Runs on the session's thread.
class SectionFetch : public QObject
{
    Q_OBJECT
public:
    static constexpr quint32 DefaultPieceBytes = 512 * 1024;

    explicit SectionFetch(Imap::ImapSession &session, QObject *parent = nullptr);

    void setPieceBytes(quint32 bytes) { m_pieceBytes = qMax<quint32>(bytes, 1024); }
    // `expected`: the encoded size the structure announced (only for progress; the server decides).
    void start(quint32 uid, const QString &section, qint64 expected);
    // Stops after the piece in flight; finished() then reports Error::Code::Cancelled.
    void cancel() { m_cancelled = true; }

    const QByteArray &data() const { return m_data; }

signals:
    void progress(qint64 received, qint64 expected);
    // Exactly once per start().
    void finished(const std::optional<Kestrel::Error> &error);

private:
    void fetchNext();
    void finish(const std::optional<Error> &error);

    Imap::ImapSession &m_session;
    quint32 m_pieceBytes = DefaultPieceBytes;
    quint32 m_uid = 0;
    QString m_section;
    qint64 m_expected = 0;
    QByteArray m_data;
    bool m_cancelled = false;
    bool m_finished = true;
};

} // namespace Sync
} // namespace Kestrel

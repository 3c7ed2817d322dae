#pragma once

#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/PartInfo.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace Kestrel {

class Database;
struct PartContent;
namespace Imap {
class ImapSession;
struct FetchResponse;
}

namespace Sync {

// The parts wanted of one cached message.
struct PartRequest {
    qint64 messageId = 0; // MessageSummary::id
    quint32 uid = 0;
    QList<PartInfo> parts;
};

// Fetches message parts of one folder into the cache (PartStore): examineFolder(), then UID FETCH the
// parts. BINARY.PEEK (RFC 3516) where the server offers it and the encoding is one it must decode, else
// BODY.PEEK; both leave \Seen alone. Messages wanting the same sections share a FETCH (up to
// UidsPerFetch UIDs); all FETCHes are queued at once so the session pipelines them, and each one's parts
// are stored in one transaction as it arrives. Decoding follows PartInfo::isBodyText (core/mime's
// PartDecoder). Runs on the thread of `database` and `session`.
class PartDownload : public QObject
{
    Q_OBJECT
public:
    static constexpr int UidsPerFetch = 50;

    PartDownload(Imap::ImapSession &session, Database &database, QObject *parent = nullptr);

    void start(const FolderInfo &folder, const QList<PartRequest> &requests);

    int partsStored() const { return m_partsStored; }
    // UIDs the server sent parts of; a requested UID missing here was expunged meanwhile.
    const QSet<quint32> &uidsAnswered() const { return m_answered; }

    // What one fetched section becomes in the cache. `transferDecoded`: it came as BINARY[...].
    static QByteArray decodePart(const PartInfo &info, const QByteArray &data, bool transferDecoded);

signals:
    // Exactly once per start().
    void finished(const std::optional<Kestrel::Error> &error);

private:
    void fetchAll();
    void onFetched(const QList<Imap::FetchResponse> &messages);
    void collect(const Imap::FetchResponse &fetch, QList<PartContent> &contents);
    void finish(const std::optional<Error> &error);

    Imap::ImapSession &m_session;
    Database &m_database;
    FolderInfo m_folder;
    QHash<quint32, PartRequest> m_requests;
    QSet<quint32> m_answered;
    int m_pendingFetches = 0;
    int m_partsStored = 0;
    bool m_finished = true;
};

} // namespace Sync
} // namespace Kestrel

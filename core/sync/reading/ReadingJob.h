#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"
#include "common/PartInfo.h"
#include "sync/bodies/SessionLease.h"
#include "sync/reading/ReadingTask.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Kestrel {

class Database;
namespace Imap {
class ImapSession;
}

namespace Sync {

class SectionFetch;

// One ReadingTask on an account's reading thread: the sections it needs that the cache lacks are
// downloaded piece by piece (SectionFetch: progress, cancel) and stored (PartStore, decoded like every
// other part), then ReadingOutput writes the files or reads the bytes. Nothing goes to the network
// when the cache has it all, so saving a cached attachment works offline. Logs in on its own session
// (SessionLease) only when something is missing, and logs out after.
class ReadingJob : public QObject
{
    Q_OBJECT
public:
    // `password` may be empty with `passwordProblem` saying why: that only matters when a part is missing.
    ReadingJob(quint64 id, ReadingTask task, AccountSettings account, QString password,
               std::optional<Error> passwordProblem, Database &database, QObject *parent = nullptr);
    ~ReadingJob() override;

    quint64 id() const { return m_id; }
    // For tests: smaller pieces make progress visible on small attachments.
    void setPieceBytes(quint32 bytes) { m_pieceBytes = bytes; }
    void start();
    // Ends the task now with Error::Code::Cancelled; the connection goes with the job.
    void cancel();

signals:
    void progress(quint64 id, qint64 done, qint64 total);
    // Exactly once per start().
    void finished(quint64 id, const Kestrel::Sync::ReadingResult &result, const std::optional<Kestrel::Error> &error);

private:
    std::optional<Error> plan();
    void fetchMissing();
    void fetchNext();
    void deliver();
    void finish(const ReadingResult &result, const std::optional<Error> &error);

    quint64 m_id;
    ReadingTask m_task;
    std::optional<Error> m_passwordProblem;
    Database &m_database;
    SessionLease m_lease;
    QPointer<Imap::ImapSession> m_session;
    SectionFetch *m_fetch = nullptr;
    MessageSummary m_message;
    FolderInfo m_folder;
    QList<PartInfo> m_wanted;
    QList<PartInfo> m_missing;
    qsizetype m_next = 0;
    qint64 m_doneBytes = 0;
    qint64 m_totalBytes = 0;
    quint32 m_pieceBytes = 0;
    bool m_finished = true;
};

} // namespace Sync
} // namespace Kestrel

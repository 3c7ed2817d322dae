#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/FolderInfo.h"
#include "sync/bodies/SessionLease.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Kestrel {

class Database;
namespace Imap {
class ImapSession;
}

namespace Sync {

struct PartRequest;

// How much of recent mail the background prefetch keeps (issue 4: none / text / everything).
struct PrefetchPolicy {
    enum class Mode { None, Text, Everything };
    Mode mode = Mode::Text;
    int days = 30;             // messages that arrived (INTERNALDATE) in the last `days` days
    int messagesPerBatch = 200; // one batch = one PartDownload, its FETCHes pipelined
};

// Background prefetch of one folder, so that offline reading works for mail not opened yet: for each
// recent message (newest first) the parts the policy wants (Text: what opening it would fetch,
// MessageParts::forDisplay; Everything: all its parts) that the cache lacks are fetched and stored with
// PartStore::storeAll. Batches run one after the other, so a borrowed session still serves the user's
// own requests in between. Messages cached without a BODYSTRUCTURE are skipped (opening them fetches it).
// Runs on the thread of `database`, like AccountSync.
class BodyPrefetch : public QObject
{
    Q_OBJECT
public:
    BodyPrefetch(Imap::ImapSession &session, Database &database, QObject *parent = nullptr);
    BodyPrefetch(AccountSettings account, QString password, Database &database, QObject *parent = nullptr);
    ~BodyPrefetch() override;

    void start(const FolderInfo &folder, const PrefetchPolicy &policy = {});
    // Ends after the running batch (what it fetched is kept); finished() follows.
    void stop();

    int messagesFetched() const { return m_messagesFetched; }
    int partsFetched() const { return m_partsFetched; }

signals:
    void progress(int messagesDone, int messagesTotal);
    // Exactly once per start().
    void finished(const std::optional<Kestrel::Error> &error);

private:
    std::optional<Error> plan();
    void withSession();
    void nextBatch();
    void finish(const std::optional<Error> &error);

    Database &m_database;
    SessionLease m_lease;
    QPointer<Imap::ImapSession> m_session; // while a request runs
    FolderInfo m_folder;
    PrefetchPolicy m_policy;
    QList<PartRequest> m_pending;
    int m_total = 0;
    int m_messagesFetched = 0;
    int m_partsFetched = 0;
    bool m_stopping = false;
    bool m_finished = true;
};

} // namespace Sync
} // namespace Kestrel

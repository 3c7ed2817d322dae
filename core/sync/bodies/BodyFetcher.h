#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "common/FolderInfo.h"
#include "common/MessageSummary.h"
#include "common/PartInfo.h"
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

struct MessageParts;

// Opening a message (issue 4, "Bodies"): makes the cache hold the parts needed to show it, or one
// attachment the user asked for, fetching only what is missing. Nothing goes to the network when the
// cache has it all. Messages cached without a BODYSTRUCTURE get theirs first (the summary is re-fetched).
// Borrows an open, logged-in session, or logs in with the account's settings and password for this one
// request (and logs out after). One request at a time: start the next after finished(). Runs on the
// thread of `database`, like AccountSync (never the GUI thread: it reads and writes SQLite).
class BodyFetcher : public QObject
{
    Q_OBJECT
public:
    BodyFetcher(Imap::ImapSession &session, Database &database, QObject *parent = nullptr);
    BodyFetcher(AccountSettings account, QString password, Database &database, QObject *parent = nullptr);
    ~BodyFetcher() override;

    // The text to show (MessageParts::forDisplay) of the message with this cache row id.
    void fetchForDisplay(qint64 messageId);
    // Attachment `index` (0-based, MessageParts::attachments) of the message.
    void fetchAttachment(qint64 messageId, int index);

    // The parts of `wanted` that the cache lacks for the message.
    static std::optional<Error> missingParts(Database &database, qint64 messageId, const QList<PartInfo> &wanted,
                                             QList<PartInfo> &missing);

signals:
    // Exactly once per fetch call.
    void finished(const std::optional<Kestrel::Error> &error);

private:
    enum class Want { Display, Attachment };

    void start(qint64 messageId, Want want, int index);
    std::optional<Error> wantedParts(const MessageParts &parts, QList<PartInfo> &wanted) const;
    void withSession();
    void onExamined();
    void fetchStructure();
    void download(const QList<PartInfo> &missing);
    void finish(const std::optional<Error> &error);

    Database &m_database;
    SessionLease m_lease;
    QPointer<Imap::ImapSession> m_session; // while a request runs
    MessageSummary m_message;
    FolderInfo m_folder;
    Want m_want = Want::Display;
    int m_index = 0;
    bool m_finished = true;
};

} // namespace Sync
} // namespace Kestrel

#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "compose/Draft.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Kestrel {
namespace Imap {
class ImapSession;
}
namespace Sync {
class SessionLease;
}

namespace Compose {

// Puts a draft into the account's Drafts folder (special-use \Drafts, RFC 6154; else one named
// "Drafts"), replacing the copy saved before: APPEND the new bytes (with \Draft and \Seen), then UID
// SEARCH by the draft's Message-ID — which stays the same across saves — and delete every other copy
// (UID STORE \Deleted, UID EXPUNGE with UIDPLUS). Searching instead of trusting the remembered UID also
// removes a copy whose APPEND finished just before a crash. New copy first, then the old one goes: a
// failure in between leaves two copies, never none. remove() deletes all copies (the draft was sent).
// The bytes come from core/mime's OutgoingMessageBuilder (Bcc kept: it is the user's draft).
// Runs on the thread it lives on (never the GUI thread: see ServerDrafts); finished() exactly once.
class ServerDraftSave : public QObject
{
    Q_OBJECT
public:
    ServerDraftSave(AccountSettings account, QString password, QObject *parent = nullptr);
    ~ServerDraftSave() override;

    void save(const Draft &draft);
    void remove(const Draft &draft);

signals:
    // `draft` with messageId, serverFolder, serverUidValidity and serverUid of the copy now there.
    void finished(const Kestrel::Compose::Draft &draft, const std::optional<Kestrel::Error> &error);

private:
    void start(const Draft &draft, bool keep);
    void onSession(Imap::ImapSession *session, const std::optional<Error> &error);
    void findFolder();
    void append();
    void select();
    void searchCopies();
    void deleteCopies(const QList<quint32> &uids);
    void finish(const std::optional<Error> &error);

    AccountSettings m_account;
    std::unique_ptr<Sync::SessionLease> m_lease;
    Imap::ImapSession *m_session = nullptr;
    Draft m_draft;
    QByteArray m_bytes;
    bool m_keep = true; // save: keep the new copy; remove: keep none
    bool m_finished = true;
};

} // namespace Compose
} // namespace Kestrel

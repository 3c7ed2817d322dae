#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "compose/Draft.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <optional>

class QThread;

namespace Kestrel {

class CredentialStore;

namespace Compose {

// What the composer calls to keep drafts on the server: the password is read from the keychain here,
// each ServerDraftSave runs on a thread of its own (the GUI thread never waits on the network), and
// requests for the same draft run one after the other — two saves at once would each delete the
// other's copy — with only the newest waiting one kept, carrying the Message-ID the previous save used.
class ServerDrafts : public QObject
{
    Q_OBJECT
public:
    explicit ServerDrafts(CredentialStore &credentials, QObject *parent = nullptr);
    ~ServerDrafts() override; // stops and joins the thread; a save still running is abandoned

    void save(const AccountSettings &account, const Draft &draft);
    // The draft was sent: every copy of it leaves the Drafts folder.
    void remove(const AccountSettings &account, const Draft &draft);

signals:
    void finished(const Kestrel::Compose::Draft &draft, const std::optional<Kestrel::Error> &error, bool removed);

private:
    struct Request {
        AccountSettings account;
        Draft draft;
        bool keep = true;
    };

    void enqueue(const Request &request);
    void run(const Request &request, const QString &password);
    void done(const Request &request, const Draft &draft, const std::optional<Error> &error);

    CredentialStore &m_credentials;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread; the jobs are its children
    QHash<QString, Request> m_waiting; // by draft id, behind a running request
    QSet<QString> m_running;
};

} // namespace Compose
} // namespace Kestrel

#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QObject>

#include <functional>
#include <optional>

class QThread;

namespace Kestrel {

class CredentialStore;

namespace Compose {

// What the GUI calls to get an original's raw bytes from the server (forward as attachment when View
// Source has not cached them): the password is read from the keychain here and each RawMessageFetch
// runs on a thread of its own, so the GUI thread never waits on the network.
class RawMessageFetcher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QByteArray &raw, const std::optional<Kestrel::Error> &error)>;

    explicit RawMessageFetcher(CredentialStore &credentials, QObject *parent = nullptr);
    ~RawMessageFetcher() override; // stops and joins the thread; a fetch still running is abandoned

    // `done` runs once on the main thread, unless `context` is gone by then.
    void fetch(const AccountSettings &account, const QString &folder, quint32 uid, QObject *context, Done done);

private:
    void run(const AccountSettings &account, const QString &password, const QString &folder, quint32 uid,
             QObject *context, Done done);

    CredentialStore &m_credentials;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread; the fetches are its children
};

} // namespace Compose
} // namespace Kestrel

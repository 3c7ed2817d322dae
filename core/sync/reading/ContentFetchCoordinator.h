#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QHash>
#include <QObject>

#include <optional>

class QThread;

namespace Kestrel {

class CredentialStore;

namespace Sync {

class ContentFetchWorker;

// What the GUI calls when the user opens a message whose text (or an attachment) is not cached: the
// password is read from the keychain here, the fetch runs on the account's own reading thread (so a
// slow server never holds up the GUI or another account), and contentFetched() says when the cache
// has it. Separate from the sync threads: opening a message never waits behind a long sync.
class ContentFetchCoordinator : public QObject
{
    Q_OBJECT
public:
    ContentFetchCoordinator(QString cachePath, CredentialStore &credentials, QObject *parent = nullptr);
    ~ContentFetchCoordinator() override; // stops and joins the reading threads

    void fetchForDisplay(const AccountSettings &account, qint64 messageId);
    void fetchAttachment(const AccountSettings &account, qint64 messageId, int index);

signals:
    // The request ended; with no error the cache now holds what was asked for.
    void contentFetched(const QString &accountId, qint64 messageId, const std::optional<Kestrel::Error> &error);

private:
    ContentFetchWorker *workerFor(const QString &accountId);
    void withPassword(const AccountSettings &account, qint64 messageId, std::function<void(const QString &)> use);

    QString m_cachePath;
    CredentialStore &m_credentials;
    QHash<QString, QThread *> m_threads;
    QHash<QString, ContentFetchWorker *> m_workers;
};

} // namespace Sync
} // namespace Kestrel

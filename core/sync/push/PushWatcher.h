#pragma once

#include "account/AccountSettings.h"
#include "sync/push/PushTypes.h"

#include <QList>
#include <QObject>

namespace Kestrel {

class Database;

namespace Sync {

class FolderWatcher;

// The account's status from its folders' (see PushWatcher). An empty list is Online: nothing is missing.
ConnectionStatus combinedStatus(const QList<ConnectionStatus> &folders);

// Push for one account (issue 4: "IDLE on a dedicated connection per account, INBOX by default, more
// folders configurable"), separate from the connection the sync engine uses.
//
// Each watched folder gets a connection of its own (a FolderWatcher) rather than IDLE on INBOX plus
// a periodic STATUS of the others: IDLE reports only on the selected mailbox (RFC 2177), and NOTIFY
// (RFC 5465), which would cover several, is rare; polling would make the other folders minutes late,
// while a few extra idle connections cost servers almost nothing (Dovecot allows 10 per user and IP
// by default). The folder list is the user's choice, so the number of connections stays small.
//
// The account's status is the worst of its folders' (combinedStatus): Offline when any is offline
// (the error of one that will not retry first, since only the user can fix that), Connecting while any
// is connecting, Online when all are.
class PushWatcher : public QObject
{
    Q_OBJECT
public:
    PushWatcher(const AccountSettings &account, const QString &password, Database &database,
                const PushOptions &options, QObject *parent = nullptr);

    void start();
    void stop();
    // The network changed: reconnect at once instead of waiting out the back-off.
    void retryNow();

    const QString &accountId() const { return m_accountId; }
    const ConnectionStatus &status() const { return m_status; }
    const QList<FolderWatcher *> &folders() const { return m_folders; }

signals:
    void statusChanged(const Kestrel::Sync::ConnectionStatus &status);
    void newMail(const Kestrel::Sync::NewMail &mail);
    void cacheChanged();
    void syncRequested();

private:
    void updateStatus();

    QString m_accountId;
    QList<FolderWatcher *> m_folders;
    ConnectionStatus m_status;
};

} // namespace Sync
} // namespace Kestrel

#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"

#include <QObject>
#include <QThreadPool>
#include <QString>

#include <optional>

namespace Kestrel {
class CredentialStore;
}

namespace Kestrel::Ui {

// Where the account dialogs' decisions go, without the GUI thread waiting on the disk: accounts.json is
// written (AccountRepository) and an account's cache rows deleted (AccountStore, on its own read-write
// connection) on a pool thread; passwords go to the OS keychain (CredentialStore, asynchronous). Each
// operation ends in done() or failed() with a message for the user.
class AccountStorage : public QObject
{
    Q_OBJECT
public:
    AccountStorage(QString accountsFile, QString cachePath, CredentialStore &credentials, QObject *parent = nullptr);

    void save(const QList<AccountSettings> &accounts);
    void storePassword(const AccountSettings &account, const QString &password);
    // Deletes the keychain entry and everything cached for the account (not accounts.json: save() that).
    void remove(const AccountSettings &account);
    const QString &cachePath() const { return m_cachePath; }
    // The keychain the wizard's OAuth2 sign-in stores its tokens in.
    CredentialStore &credentials() const { return m_credentials; }

signals:
    void done();
    void failed(const QString &message);

private:
    void report(const std::optional<Error> &error);

    // accounts.json is written by one thread, in the order save() was called: on a shared pool two
    // quick changes (disable, then move up) could land out of order and the older list would win.
    // Its destructor waits for the last write, so quitting never loses it.
    QThreadPool m_writes;
    QString m_accountsFile;
    QString m_cachePath;
    CredentialStore &m_credentials;
};

} // namespace Kestrel::Ui

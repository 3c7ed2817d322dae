#include "accounts/AccountStorage.h"

#include "account/AccountRepository.h"
#include "account/CredentialStore.h"
#include "account/oauth/OAuthTokenStore.h"
#include "cache/AccountStore.h"
#include "cache/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace Kestrel::Ui {

AccountStorage::AccountStorage(QString accountsFile, QString cachePath, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_accountsFile(std::move(accountsFile))
    , m_cachePath(std::move(cachePath))
    , m_credentials(credentials)
{
    m_writes.setMaxThreadCount(1);
}

void AccountStorage::report(const std::optional<Error> &error)
{
    if (error)
        emit failed(error->userMessage);
    else
        emit done();
}

void AccountStorage::save(const QList<AccountSettings> &accounts)
{
    QPointer<AccountStorage> self(this);
    m_writes.start([self, file = m_accountsFile, accounts] {
        const std::optional<Error> error = AccountRepository(file).save(accounts);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, error] { // outlives `self`
            if (self)
                self->report(error);
        });
    });
}

void AccountStorage::storePassword(const AccountSettings &account, const QString &password)
{
    QPointer<AccountStorage> self(this);
    m_credentials.write(account.secretKey(), password, [self](std::optional<Error> error) {
        if (self)
            self->report(error);
    });
}

void AccountStorage::remove(const AccountSettings &account)
{
    QPointer<AccountStorage> self(this);
    const bool cacheToo = !m_cachePath.isEmpty();
    m_credentials.remove(account.secretKey(), [self, cacheToo](std::optional<Error> error) {
        if (self && (error || !cacheToo))
            self->report(error); // a keychain failure is reported; the cache is still cleaned below
    });
    // An OAuth2 account's tokens are a keychain entry of their own beside the password's.
    const bool oauth = account.authentication == AccountSettings::Authentication::OAuth2;
    OAuthTokenStore(m_credentials).remove(account, [self, oauth](std::optional<Error> error) {
        if (self && oauth && error)
            self->report(error);
    });
    if (!cacheToo)
        return;
    QThreadPool::globalInstance()->start([self, path = m_cachePath, id = account.id] {
        std::optional<Error> error;
        {
            Database database; // this thread's own connection (see Database)
            error = database.open(path);
            if (!error)
                error = AccountStore(database).removeAccount(id);
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, error] { // outlives `self`
            if (self)
                self->report(error);
        });
    });
}

} // namespace Kestrel::Ui

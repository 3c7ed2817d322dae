#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "net/TlsTrust.h"
#include "sync/push/PushTypes.h"

#include <QObject>
#include <QSet>

#include <functional>

class QWidget;

namespace Kestrel::Sync {
class SyncCoordinator;
}

namespace Kestrel::Ui {

class CertificatePrompt;
class CertificatePromptBook;

// A TLS error met by a background sync or push (issue 7) is never left as a line in the status bar:
// the server's certificate is fetched (CertificateCheck) and the same non-modal CertificatePrompt the
// wizard uses opens, once per certificate while it is open (CertificatePromptBook, shared with sending). Trusting pins the exact certificate in every
// account using that host and port (CertificatePrompt::pinInAccounts), announces the changed accounts
// (accountsChanged: save them and hand them to the engines) and syncs the account again. Rejecting
// leaves it offline with a status that says why; that certificate is not asked about again in this
// session, a different one is.
class SyncCertificateHandler : public QObject
{
    Q_OBJECT
public:
    using AccountList = std::function<QList<AccountSettings>()>;

    SyncCertificateHandler(Sync::SyncCoordinator &sync, AccountList accounts, QWidget *window);

    // The prompt open for `accountId`'s server, if any (for tests).
    CertificatePrompt *promptFor(const QString &accountId) const;

signals:
    void accountsChanged(const QList<Kestrel::AccountSettings> &accounts);
    void statusMessage(const QString &text);

private:
    void onAccountFinished(const QString &accountId, const std::optional<Error> &error);
    void onConnectionState(const QString &accountId, const Sync::ConnectionStatus &status);
    void check(const QString &accountId);
    void ask(const AccountSettings &account, const CertificateProblem &problem);
    void trust(const QString &accountId, const TrustedCertificate &pin);
    std::optional<AccountSettings> account(const QString &accountId) const;

    Sync::SyncCoordinator &m_sync;
    AccountList m_accounts;
    CertificatePromptBook *m_book;
    QSet<QString> m_checking; // account ids with a CertificateCheck running
};

} // namespace Kestrel::Ui

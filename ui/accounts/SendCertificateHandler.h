#pragma once

#include "account/AccountSettings.h"
#include "common/Error.h"
#include "net/TlsTrust.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class QWidget;

namespace Kestrel::Send {
class Outbox;
}

namespace Kestrel::Ui {

class CertificatePrompt;
class CertificatePromptBook;

// SyncCertificateHandler's counterpart for sending (issue 7): a message the outbox could not send because
// the SMTP server's certificate is not trusted does not just wait in the outbox with that sentence. The
// message's account is looked up in the outbox (a read-only cache connection on a pool thread), the SMTP
// server's certificate fetched (SmtpCertificateCheck) and the same non-modal CertificatePrompt opens, once
// per certificate while it is open (CertificatePromptBook, shared with sync). Trusting pins the exact certificate in every account using that host
// and port, announces the changed accounts (accountsChanged: save them) and sends the message again.
// Rejecting leaves it in the outbox with its reason; that certificate is not asked about again this session.
class SendCertificateHandler : public QObject
{
    Q_OBJECT
public:
    using AccountList = std::function<QList<AccountSettings>()>;

    SendCertificateHandler(Send::Outbox &outbox, QString cachePath, AccountList accounts, QWidget *window);

    // The prompt open for this SMTP server, if any (for tests).
    CertificatePrompt *promptFor(const QString &host, quint16 port) const;

signals:
    void accountsChanged(const QList<Kestrel::AccountSettings> &accounts);
    void statusMessage(const QString &text);

private:
    void onFailed(qint64 outboxId, const Error &error);
    void check(const QString &accountId, qint64 outboxId);
    void ask(const AccountSettings &account, qint64 outboxId, const CertificateProblem &problem);
    void trust(const QString &accountId, qint64 outboxId, const TrustedCertificate &pin);
    std::optional<AccountSettings> account(const QString &accountId) const;

    Send::Outbox &m_outbox;
    QString m_cachePath;
    AccountList m_accounts;
    CertificatePromptBook *m_book;
    QHash<QString, QList<qint64>> m_waiting; // by certificate key: the messages sent again on trust
};

} // namespace Kestrel::Ui

#pragma once

#include "account/AccountSettings.h"
#include "net/TlsTrust.h"

#include <QDialog>

class QPushButton;

namespace Kestrel::Ui {

// Shown, never modal, when a server's certificate is not trusted: subject, issuer, validity, the SHA-256
// fingerprint and every error, and one button to trust exactly this certificate for exactly this host
// and port. A different certificate later does not match the pin and brings this prompt back.
class CertificatePrompt : public QDialog
{
    Q_OBJECT
public:
    explicit CertificatePrompt(const CertificateProblem &problem, QWidget *parent = nullptr);

    const CertificateProblem &problem() const { return m_problem; }
    QPushButton *trustButton() const { return m_trust; }
    // The text the dialog shows, for tests and for copying into a support request.
    QString detailsText() const { return m_details; }

    // `pins` with `pin` added, replacing any earlier pin for the same host and port (that certificate
    // was replaced on the server, and the user has now accepted the new one).
    static QList<TrustedCertificate> withPin(QList<TrustedCertificate> pins, const TrustedCertificate &pin);
    // For a prompt raised by a running account (sync, sending): pins `pin` in every account that uses
    // that host and port for IMAP or SMTP. Returns whether any account changed (then save them).
    static bool pinInAccounts(QList<AccountSettings> &accounts, const TrustedCertificate &pin);
    // "AB:CD:..." as certificate viewers show it.
    static QString formatFingerprint(const QByteArray &hex);

signals:
    void trusted(const Kestrel::TrustedCertificate &pin);

private:
    QString describe() const;

    CertificateProblem m_problem;
    QString m_details;
    QPushButton *m_trust;
};

} // namespace Kestrel::Ui

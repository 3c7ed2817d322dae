#pragma once

#include "account/AccountSettings.h"
#include "net/TlsTrust.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QWidget;

namespace Kestrel::Ui {

class CertificatePrompt;

// What the sync and the send certificate handlers share (issue 7): one non-modal CertificatePrompt per
// certificate while it is open, however many syncs, pushes or messages meet it, and the certificates the
// user declined this session, which are not asked about again (a different certificate is). The handlers
// keep only what differs: what starts a check, and what trusting does (sync again, send again).
class CertificatePromptBook : public QObject
{
    Q_OBJECT
public:
    using Trusted = std::function<void(const TrustedCertificate &pin)>;
    using Declined = std::function<void()>;

    explicit CertificatePromptBook(QWidget *window, QObject *parent = nullptr);

    bool wasDeclined(const CertificateProblem &problem) const;
    // Opens the prompt for `problem`, or raises the one already open for that certificate (its first
    // callbacks stay). `declined` runs when the user rejects it; `trusted` when they pin it.
    void ask(const CertificateProblem &problem, Trusted trusted, Declined declined);
    // The prompt open for this server, if any (for tests).
    CertificatePrompt *promptFor(const QString &host, quint16 port) const;

    static QString certificateKey(const CertificateProblem &problem); // host:port:sha256

private:
    QPointer<QWidget> m_window;
    QHash<QString, QPointer<CertificatePrompt>> m_prompts; // by certificateKey
    QSet<QString> m_declined;                              // certificateKey
};

} // namespace Kestrel::Ui

#include "accounts/CertificatePrompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kestrel::Ui {
namespace {

QString names(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("-") : values.join(QStringLiteral(", "));
}

} // namespace

CertificatePrompt::CertificatePrompt(const CertificateProblem &problem, QWidget *parent)
    : QDialog(parent)
    , m_problem(problem)
{
    setModal(false); // the rest of the window stays usable while the user decides
    setAttribute(Qt::WA_DeleteOnClose);
    const QString server = problem.host + QLatin1Char(':') + QString::number(problem.port);
    setWindowTitle(tr("Certificate of %1").arg(server));
    auto *intro = new QLabel(tr("The certificate of %1 could not be verified. Trust it only if you know it "
                                "is your provider's, e.g. by comparing the fingerprint with theirs.")
                                 .arg(server),
                             this);
    intro->setWordWrap(true);
    m_details = describe();
    auto *details = new QPlainTextEdit(m_details, this);
    details->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust this certificate for %1").arg(server), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Do not trust"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        emit trusted({m_problem.host, m_problem.port, m_problem.sha256});
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString CertificatePrompt::describe() const
{
    const QSslCertificate peer = m_problem.chain.value(0);
    const QLocale locale;
    QStringList lines;
    lines << tr("Subject: %1").arg(names(peer.subjectInfo(QSslCertificate::CommonName)))
          << tr("Organization: %1").arg(names(peer.subjectInfo(QSslCertificate::Organization)))
          << tr("Issuer: %1").arg(names(peer.issuerInfo(QSslCertificate::CommonName)))
          << tr("Valid from: %1").arg(locale.toString(peer.effectiveDate(), QLocale::LongFormat))
          << tr("Valid until: %1").arg(locale.toString(peer.expiryDate(), QLocale::LongFormat))
          << tr("SHA-256 fingerprint: %1").arg(formatFingerprint(m_problem.sha256)) << QString()
          << tr("Problems:") << m_problem.describeErrors();
    return lines.join(QLatin1Char('\n'));
}

QList<TrustedCertificate> CertificatePrompt::withPin(QList<TrustedCertificate> pins, const TrustedCertificate &pin)
{
    pins.removeIf([&](const TrustedCertificate &old) {
        return old.port == pin.port && old.host.compare(pin.host, Qt::CaseInsensitive) == 0;
    });
    pins.append(pin);
    return pins;
}

bool CertificatePrompt::pinInAccounts(QList<AccountSettings> &accounts, const TrustedCertificate &pin)
{
    const auto uses = [&](const ServerEndpoint &endpoint) {
        return endpoint.port == pin.port && endpoint.host.compare(pin.host, Qt::CaseInsensitive) == 0;
    };
    bool changed = false;
    for (AccountSettings &account : accounts) {
        if (!uses(account.imap) && !uses(account.smtp))
            continue;
        const QList<TrustedCertificate> pins = withPin(account.trustedCertificates, pin);
        changed = changed || pins != account.trustedCertificates;
        account.trustedCertificates = pins;
    }
    return changed;
}

QString CertificatePrompt::formatFingerprint(const QByteArray &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2)).toUpper();
    return pairs.join(QLatin1Char(':'));
}

} // namespace Kestrel::Ui
